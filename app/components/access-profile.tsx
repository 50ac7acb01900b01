import { useTranslation } from "react-i18next";
import type { Opening } from "../../db/schema";

/** The access-profile fields the detail page explains, as the opening model returns them. */
export type AccessProfile = Pick<
  Opening,
  | "work_arrangement"
  | "schedule"
  | "text_only_possible"
  | "phone_required"
  | "camera_required"
  | "sign_language_support"
  | "captioned_meetings"
  | "screen_reader_tested"
  | "screen_reader_tools"
  | "assistive_devices_provided"
  | "step_free_workplace"
  | "quiet_space"
  | "training_provided"
  | "mentor_support"
  | "trial_period"
  | "social_insurance"
  | "medical_insurance"
  | "housing_fund"
>;

// `answer` is the plain yes or no to the item, not a judgement: "phone calls: yes" is neither good nor bad.
type Item = { label: string; answer: boolean | null; text: string };

function Group({ id, title, items }: { id: string; title: string; items: Item[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="profile-group">
      <h3 id={id}>{title}</h3>
      <dl className="profile-list">
        {items.map((item) => (
          <div key={item.label} className="profile-list__row">
            <dt>{item.label}</dt>
            <dd>
              {item.answer === null ? null : (
                <>
                  <strong>{item.answer ? t("common.yes") : t("common.no")}</strong>
                  {t("common.answerSeparator")}
                </>
              )}
              {item.text}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * The opening's access profile in plain language, grouped the way a seeker weighs it.
 * Every item says yes or no in words, then one line on what that means.
 */
export function AccessProfileDetails({ profile, pay }: { profile: AccessProfile; pay: string }) {
  const { t } = useTranslation();
  const remote = profile.work_arrangement === "remote";
  const yn = (value: boolean, yes: string, no: string) => (value ? yes : no);
  const tools = profile.screen_reader_tools.join(t("common.listSeparator"));

  return (
    <div className="access-profile">
      <Group
        id="profile-work"
        title={t("opening.groups.work")}
        items={[
          { label: t("opening.arrangement"), answer: null, text: t(`enums.workArrangement.${profile.work_arrangement}`) },
          { label: t("opening.items.schedule"), answer: null, text: t(`enums.schedule.${profile.schedule}`) },
        ]}
      />
      <Group
        id="profile-communication"
        title={t("opening.groups.communication")}
        items={[
          {
            label: t("opening.items.textOnly"),
            answer: profile.text_only_possible,
            text: yn(profile.text_only_possible, t("opening.explain.textOnlyYes"), t("opening.explain.textOnlyNo")),
          },
          {
            label: t("opening.items.phone"),
            answer: profile.phone_required,
            text: yn(profile.phone_required, t("opening.explain.phoneYes"), t("opening.explain.phoneNo")),
          },
          {
            label: t("opening.items.camera"),
            answer: profile.camera_required,
            text: yn(profile.camera_required, t("opening.explain.cameraYes"), t("opening.explain.cameraNo")),
          },
          {
            label: t("opening.items.signLanguage"),
            answer: profile.sign_language_support,
            text: yn(profile.sign_language_support, t("opening.explain.signLanguageYes"), t("opening.explain.signLanguageNo")),
          },
          {
            label: t("opening.items.captions"),
            answer: profile.captioned_meetings,
            text: yn(profile.captioned_meetings, t("opening.explain.captionsYes"), t("opening.explain.captionsNo")),
          },
        ]}
      />
      <Group
        id="profile-tools"
        title={t("opening.groups.tools")}
        items={[
          {
            label: t("opening.items.screenReader"),
            answer: profile.screen_reader_tested,
            text: profile.screen_reader_tested
              ? tools
                ? t("opening.explain.screenReaderYes", { tools })
                : t("opening.explain.screenReaderYesNoList")
              : t("opening.explain.screenReaderNo"),
          },
          {
            label: t("opening.items.assistiveDevices"),
            answer: profile.assistive_devices_provided,
            text: yn(
              profile.assistive_devices_provided,
              t("opening.explain.assistiveDevicesYes"),
              t("opening.explain.assistiveDevicesNo"),
            ),
          },
          remote
            ? { label: t("opening.items.stepFree"), answer: null, text: t("opening.explain.stepFreeRemote") }
            : {
                label: t("opening.items.stepFree"),
                answer: profile.step_free_workplace,
                text: yn(profile.step_free_workplace, t("opening.explain.stepFreeYes"), t("opening.explain.stepFreeNo")),
              },
          remote
            ? { label: t("opening.items.quietSpace"), answer: null, text: t("opening.explain.quietSpaceRemote") }
            : {
                label: t("opening.items.quietSpace"),
                answer: profile.quiet_space,
                text: yn(profile.quiet_space, t("opening.explain.quietSpaceYes"), t("opening.explain.quietSpaceNo")),
              },
        ]}
      />
      <Group
        id="profile-support"
        title={t("opening.groups.support")}
        items={[
          {
            label: t("opening.items.training"),
            answer: profile.training_provided,
            text: yn(profile.training_provided, t("opening.explain.trainingYes"), t("opening.explain.trainingNo")),
          },
          {
            label: t("opening.items.mentor"),
            answer: profile.mentor_support,
            text: yn(profile.mentor_support, t("opening.explain.mentorYes"), t("opening.explain.mentorNo")),
          },
          {
            label: t("opening.items.trial"),
            answer: profile.trial_period,
            text: yn(profile.trial_period, t("opening.explain.trialYes"), t("opening.explain.trialNo")),
          },
        ]}
      />
      <Group
        id="profile-protection"
        title={t("opening.groups.protection")}
        items={[
          { label: t("opening.pay"), answer: null, text: pay },
          {
            label: t("opening.items.socialInsurance"),
            answer: profile.social_insurance,
            text: yn(profile.social_insurance, t("opening.explain.socialInsuranceYes"), t("opening.explain.socialInsuranceNo")),
          },
          {
            label: t("opening.items.medicalInsurance"),
            answer: profile.medical_insurance,
            text: yn(
              profile.medical_insurance,
              t("opening.explain.medicalInsuranceYes"),
              t("opening.explain.medicalInsuranceNo"),
            ),
          },
          {
            label: t("opening.items.housingFund"),
            answer: profile.housing_fund,
            text: yn(profile.housing_fund, t("opening.explain.housingFundYes"), t("opening.explain.housingFundNo")),
          },
        ]}
      />
    </div>
  );
}
