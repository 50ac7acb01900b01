import { useTranslation } from "react-i18next";
import { profileItems, type ProfileItem } from "~/domain/opening-fields";
import type { AccessProfileView } from "~/domain/opening-views";

/** The access-profile fields the detail page explains, as the opening model returns them. */
export type AccessProfile = AccessProfileView;

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
  const tools = profile.screen_reader_tools.join(t("common.listSeparator"));

  // One row per yes/no item of the opening's field list; a few items say more than yes or no.
  const row = ({ column, item }: ProfileItem): Item => {
    const label = t(`opening.items.${item}`);
    if (column === "screen_reader_tested") {
      const text = profile.screen_reader_tested
        ? tools
          ? t("opening.explain.screenReaderYes", { tools })
          : t("opening.explain.screenReaderYesNoList")
        : t("opening.explain.screenReaderNo");
      return { label, answer: profile.screen_reader_tested, text };
    }
    // A remote job has no workplace of ours to be step-free or quiet.
    if (remote && column === "step_free_workplace") return { label, answer: null, text: t("opening.explain.stepFreeRemote") };
    if (remote && column === "quiet_space") return { label, answer: null, text: t("opening.explain.quietSpaceRemote") };
    const answer = profile[column];
    return { label, answer, text: answer ? t(`opening.explain.${item}Yes`) : t(`opening.explain.${item}No`) };
  };

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
      <Group id="profile-communication" title={t("opening.groups.communication")} items={profileItems("communication").map(row)} />
      <Group id="profile-tools" title={t("opening.groups.tools")} items={profileItems("tools", "workplace").map(row)} />
      <Group id="profile-support" title={t("opening.groups.support")} items={profileItems("support").map(row)} />
      <Group
        id="profile-protection"
        title={t("opening.groups.protection")}
        items={[{ label: t("opening.pay"), answer: null, text: pay }, ...profileItems("protection").map(row)]}
      />
    </div>
  );
}
