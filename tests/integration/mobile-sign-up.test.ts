import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkMobileCode, createMobileCode, MOBILE_CODE_TRIES, renewMobileCode } from "~/models/mobile-code.server";
import { getUserCredentials } from "~/models/user.server";
import { messagePerson } from "~/services/emails.server";
import { finishMobileSignUp, type MobileSignUp } from "~/services/sign-up.server";
import { sendPasswordReset } from "~/services/sign-in.server";
import { createWebhookSmsSender, deliverDueEmails, deliverDueSms } from "~/services/jobs/outbox-worker.server";
import type { DatabaseHandle } from "../../db/client";
import { createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

// Issue 19, item 4: an account opened with a mobile number, proven by a texted code.

let handle: DatabaseHandle;
let counter = 0;
/** A fresh, valid mainland number for each test. */
const nextMobile = () => `139${String(Date.now() % 10_000).padStart(4, "0")}${String(++counter).padStart(4, "0")}`;
const seeker = (): MobileSignUp => ({ kind: "seeker", displayName: "李敏", passwordHash: "hash", preferredLocale: "zh-CN" });
const texts = (to: string) => handle.db.selectFrom("outbox").select(["body_text", "subject"]).where("channel", "=", "sms").where("to_address", "=", to).orderBy("id").execute();
const finish = (ref: string, code: string) => finishMobileSignUp(handle.db, { ref, code, userAgent: "test", origin: "http://localhost" });

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("signing up with a mobile number", () => {
  it("opens no account until the right code is typed, then one whose number counts as proven", async () => {
    const mobile = nextMobile();
    const { ref, code } = await createMobileCode(handle.db, { mobile, payload: seeker() });
    expect(await getUserCredentials(handle.db, { login: mobile })).toBeUndefined();
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await finish(ref, wrong)).toEqual({ ok: false, error: "wrong", triesLeft: MOBILE_CODE_TRIES - 1 });
    const done = await finish(ref, code);
    expect(done).toMatchObject({ ok: true, kind: "seeker" });
    const user = await handle.db.selectFrom("app_user").selectAll().where("mobile", "=", mobile).executeTakeFirstOrThrow();
    expect(user.email).toBeNull();
    expect(user.mobile_verified_at).not.toBeNull();
    expect(user.notify_by_sms).toBe(true);
    // Signing in finds it by the number as people type it; the code is used up.
    expect((await getUserCredentials(handle.db, { login: `+86 ${mobile.slice(0, 3)} ${mobile.slice(3)}` }))?.id).toBe(user.id);
    expect(await finish(ref, code)).toEqual({ ok: false, error: "none" });
  });

  it("stops a code after five wrong tries and after it runs out; a new code starts again", async () => {
    const mobile = nextMobile();
    const { ref, code } = await createMobileCode(handle.db, { mobile, payload: seeker() });
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < MOBILE_CODE_TRIES; i++) expect((await finish(ref, wrong)).ok).toBe(false);
    expect(await finish(ref, code)).toEqual({ ok: false, error: "used-up" });
    // Too soon for a new code; a minute later it works, and the old code does not.
    expect(await renewMobileCode(handle.db, { ref })).toEqual({ ok: false, reason: "wait" });
    await handle.db.updateTable("mobile_code").set({ last_sent_at: sql<Date>`now() - interval '61 seconds'` }).where("mobile", "=", mobile).execute();
    const renewed = await renewMobileCode(handle.db, { ref });
    if (!renewed.ok) throw new Error(renewed.reason);
    if (renewed.code !== code) expect((await checkMobileCode(handle.db, { ref, code })).result).toBe("wrong");
    // Expired codes are refused even when right.
    await handle.db.updateTable("mobile_code").set({ expires_at: sql<Date>`now() - interval '1 second'` }).where("mobile", "=", mobile).execute();
    expect(await finish(ref, renewed.code)).toEqual({ ok: false, error: "used-up" });
  });

  it("sends at most five codes for one sign-up", async () => {
    const mobile = nextMobile();
    const { ref } = await createMobileCode(handle.db, { mobile, payload: seeker() });
    for (let i = 0; i < 4; i++) {
      await handle.db.updateTable("mobile_code").set({ last_sent_at: sql<Date>`now() - interval '61 seconds'` }).where("mobile", "=", mobile).execute();
      expect((await renewMobileCode(handle.db, { ref })).ok).toBe(true);
    }
    await handle.db.updateTable("mobile_code").set({ last_sent_at: sql<Date>`now() - interval '61 seconds'` }).where("mobile", "=", mobile).execute();
    expect(await renewMobileCode(handle.db, { ref })).toEqual({ ok: false, reason: "too-many" });
  });

  it("keeps a number to one account, and a newer sign-up replaces an older one for the same number", async () => {
    const mobile = nextMobile();
    const first = await createMobileCode(handle.db, { mobile, payload: seeker() });
    const second = await createMobileCode(handle.db, { mobile, payload: seeker() });
    expect(await finish(first.ref, first.code)).toEqual({ ok: false, error: "none" });
    expect((await finish(second.ref, second.code)).ok).toBe(true);
    const third = await createMobileCode(handle.db, { mobile, payload: seeker() });
    expect(await finish(third.ref, third.code)).toEqual({ ok: false, error: "mobileTaken" });
  });

  it("opens an employer and its owner when the code comes from the employer form", async () => {
    const federation = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
    const mobile = nextMobile();
    const payload: MobileSignUp = { ...seeker(), kind: "employer", nameZh: "手机注册科技有限公司", nameEn: null, creditCode: "91411522MAR1TJCKBA", partnerId: federation };
    const { ref, code } = await createMobileCode(handle.db, { mobile, payload });
    expect(await finish(ref, code)).toMatchObject({ ok: true, kind: "employer" });
    const owner = await handle.db
      .selectFrom("membership as m")
      .innerJoin("app_user as u", "u.id", "m.user_id")
      .innerJoin("organisation as o", "o.id", "m.organisation_id")
      .select(["m.role", "o.name_zh", "o.verification_status"])
      .where("u.mobile", "=", mobile)
      .executeTakeFirstOrThrow();
    expect(owner).toEqual({ role: "owner", name_zh: "手机注册科技有限公司", verification_status: "unverified" });
  });
});

describe("messages to an account without an email address", () => {
  it("texts security messages always, and alerts and notices only while the person wants texts", async () => {
    const mobile = nextMobile();
    const person = { email: null, mobile, notify_by_sms: false, display_name: "李敏", preferred_locale: "zh-CN" };
    await messagePerson(handle.db, person, { subject: "你的密码已经修改", bodyText: "如果不是你本人操作：http://localhost/forgot-password" });
    await messagePerson(handle.db, person, { subject: "申请有新进展", bodyText: "http://localhost/account/applications/1" }, { optional: true });
    expect(await texts(mobile)).toEqual([{ subject: "", body_text: "【无碍就业】你的密码已经修改 http://localhost/forgot-password" }]);
    await messagePerson(handle.db, { ...person, notify_by_sms: true }, { subject: "申请有新进展", bodyText: "http://localhost/account/applications/1" }, { optional: true });
    expect((await texts(mobile)).map((t) => t.body_text)).toContain("【无碍就业】申请有新进展 http://localhost/account/applications/1");
    // No email was queued for an account without an address.
    expect(await handle.db.selectFrom("outbox").select("id").where("channel", "=", "email").where("to_address", "=", mobile).execute()).toEqual([]);
  });

  it("sends the password-reset link by text message to the number it was asked for", async () => {
    const mobile = nextMobile();
    const { ref, code } = await createMobileCode(handle.db, { mobile, payload: seeker() });
    await finish(ref, code);
    const user = await handle.db.selectFrom("app_user").select(["id", "email", "mobile", "preferred_locale"]).where("mobile", "=", mobile).executeTakeFirstOrThrow();
    await sendPasswordReset(handle.db, { user, by: "sms", origin: "http://localhost" });
    const [reset] = await texts(mobile);
    expect(reset?.body_text).toMatch(/^【无碍就业】重设密码请打开 http:\/\/localhost\/reset-password\/\S+ /);
  });
});

describe("the text-message worker", () => {
  it("posts each due text to the gateway with its token, leaves emails to the mail worker, and retries a refusal", async () => {
    const received: { auth: string | undefined; body: unknown }[] = [];
    let refuse = true;
    const gateway = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        received.push({ auth: request.headers.authorization, body: JSON.parse(body) });
        response.statusCode = refuse ? 503 : 200;
        refuse = false;
        response.end();
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", resolve));
    try {
      // Start from an outbox with nothing else due, so the batch is this test's.
      await handle.db.updateTable("outbox").set({ sent_at: sql<Date>`now()` }).where("sent_at", "is", null).execute();
      const mobile = nextMobile();
      await messagePerson(handle.db, { email: null, mobile, display_name: "李敏", preferred_locale: "en" }, { subject: "Your password was changed", bodyText: "See http://localhost/account" });
      await messagePerson(handle.db, { email: "someone@example.org", preferred_locale: "zh-CN" }, { subject: "邮件", bodyText: "正文" });
      const sender = createWebhookSmsSender(`http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`, "secret-token");
      expect(await deliverDueSms(handle.db, { sender })).toEqual({ claimed: 1, sent: 0, failed: 1 });
      await handle.db.updateTable("outbox").set({ next_attempt_at: sql<Date>`now()` }).where("to_address", "=", mobile).execute();
      expect(await deliverDueSms(handle.db, { sender })).toEqual({ claimed: 1, sent: 1, failed: 0 });
      expect(received[1]).toEqual({ auth: "Bearer secret-token", body: { to: `+86${mobile}`, text: "[AccessWork] Your password was changed http://localhost/account" } });
      // The email is still there for the mail worker, untouched by the text-message worker.
      const sentEmails: string[] = [];
      await deliverDueEmails(handle.db, { transport: { sendMail: async (m) => void sentEmails.push(m.to) }, from: "no-reply@example.org" });
      expect(sentEmails).toEqual(["someone@example.org"]);
    } finally {
      gateway.close();
    }
  });
});
