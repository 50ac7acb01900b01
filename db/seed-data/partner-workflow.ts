import type { SeedOpening, SeedReport, SeedRevision } from "../seed-types";

// Work waiting for the demo partner staff account (明途残疾人就业服务中心, Mingtu): an opening in
// every status, one that an employer submitted and is waiting for review, one sent back to the
// employer with a reason, and reports from the public to decide. All organisations are fictitious.

const STAFF = "staff@demo.accesswork.example";
const EMPLOYER = "employer@demo.accesswork.example";

export const workflowOpenings: SeedOpening[] = [
  {
    // Closed: filled before its closing date.
    ref: "demo-075",
    employer: "anyu-customer-service",
    partner: "mingtu-employment-centre",
    title_zh: "春节假期在线文字客服（临时，远程）",
    title_en: "Spring Festival text chat support (temporary, remote)",
    summary_zh: "春节前后三周，在家用电脑回复网店顾客的文字咨询。每小时30–35元，排班可以自己选。",
    summary_en:
      "Three weeks around Spring Festival answering online shoppers' questions by text chat, from home. ¥30–35 an hour, and you pick your own shifts.",
    description_zh:
      "春节期间网店咨询量大，我们临时增加一批文字客服。你会用网页版客服系统回复顾客关于发货、退换货和优惠券的问题，常见问题都有现成的回复模板。系统已用NVDA测试过，可以完全用键盘操作。每班4小时，每周至少3班，除夕和初一的班次每小时另加10元。上岗前有两次线上培训。这是临时岗位，不缴纳社保。",
    description_en:
      "Online shops get very busy over Spring Festival, so we take on extra text chat agents for three weeks. You'll use our browser-based chat system to answer questions about delivery, returns and coupons, with ready-made replies for the common ones. The system has been tested with NVDA and works fully from the keyboard. Shifts are four hours, at least three a week, and New Year's Eve and New Year's Day pay ¥10 an hour extra. There are two online training sessions before you start. This is temporary work with no social insurance.",
    how_to_apply_zh: "名额已经招满，谢谢大家关注。",
    how_to_apply_en: "All places are filled. Thank you for your interest.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 12, hours_max: 30, schedule: "fixed",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: false, trial_period: false,
    pay_min_minor: 3000, pay_max_minor: 3500, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "closed", deadline_in_days: -20, posted_days_ago: 50,
  },
  {
    // Submitted by the demo employer account; waiting for Mingtu's review.
    ref: "demo-076",
    employer: "brightline-annotation",
    partner: "mingtu-employment-centre",
    title_zh: "北京话语音转写校对员（远程）",
    title_en: "Beijing dialect transcript checker (remote)",
    summary_zh:
      "听北京话的短录音，改正机器转写的文字。在家远程，时间自由，按批次计酬，每批18–40元。校对工具可以用读屏软件操作。",
    summary_en:
      "Listen to short recordings in Beijing dialect and correct the machine transcripts. Remote, in your own time, paid ¥18–40 a batch. The checking tool works with screen readers.",
    description_zh:
      "我们正在整理一批北京话日常对话录音，用来改进语音识别。你要对照录音改正错字，补上漏掉的儿化音和口头语，听不清的地方做标记。每批约30分钟录音，按难度计18到40元，熟练后一到两小时能做完一批。校对工具是网页版，所有操作都有快捷键，已用NVDA和争渡读屏测试过。需要会说或听得懂北京话，需要电脑、耳机和稳定的网络。报酬每周结算到你本人的银行卡。本岗位不缴纳社保。",
    description_en:
      "We're preparing recordings of everyday conversation in Beijing dialect to improve speech recognition. You'll correct wrong words, add the erhua endings and filler words the machine misses, and flag anything you can't make out. A batch is about 30 minutes of audio and pays ¥18–40 depending on difficulty; once you're used to it, a batch takes one to two hours. The checking tool runs in a browser with a keyboard shortcut for everything, and has been tested with NVDA and Zhengdu. You need to speak or understand Beijing dialect, and a computer, headphones and a steady connection. Pay goes to your own bank account every week. There's no social insurance.",
    how_to_apply_zh: "在无碍就业上申请后，我们会发一段5分钟的试听材料。试做通过就可以开始接单，全程不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork and we'll send a five-minute sample to try. If it goes well, you can start taking batches. There are no fees at any stage.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "piecework", hours_min: 5, hours_max: 20, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: true,
    pay_min_minor: 1800, pay_max_minor: 4000, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "pending_review", deadline_in_days: 40, posted_days_ago: 0, submitted_days_ago: 2,
  },
  {
    // A draft Mingtu staff are still writing.
    ref: "demo-077",
    employer: "zhijian-sign-language",
    partner: "mingtu-employment-centre",
    title_zh: "线上手语课助教（周末）",
    title_en: "Online sign language class assistant (weekends)",
    summary_zh: "周末在线上手语入门课里做助教：示范手语、回答学员的文字提问。每次课2小时，每小时60元。",
    summary_en:
      "Assist at weekend online beginners' sign language classes: demonstrate signs and answer learners' typed questions. Two-hour classes at ¥60 an hour.",
    description_zh:
      "课程面向想学手语的听人，每周六、周日上午各一次，每次2小时，用视频会议进行。你负责跟着主讲老师示范手语，在聊天区回答学员的文字提问，课后批改学员上传的练习视频。会议全程有实时字幕，和主讲老师之间可以用手语或文字沟通。需要熟练使用中国手语，需要电脑和摄像头。",
    description_en:
      "The classes are for hearing people learning sign language: Saturday and Sunday mornings, two hours each, by video call. You'll demonstrate signs alongside the lead teacher, answer learners' questions in the chat, and give feedback on the practice videos they upload afterwards. Calls have live captions throughout, and you can talk with the lead teacher in sign language or by text. You need fluent Chinese Sign Language, a computer and a camera.",
    how_to_apply_zh: null,
    how_to_apply_en: null,
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 4, hours_max: 8, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: true,
    sign_language_support: true, captioned_meetings: true,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: true,
    pay_min_minor: 6000, pay_max_minor: 6000, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "draft", deadline_in_days: 30, posted_days_ago: 0,
  },
  {
    // Submitted by the demo employer, returned by Mingtu with a reason the employer can act on.
    ref: "demo-078",
    employer: "brightline-annotation",
    partner: "mingtu-employment-centre",
    title_zh: "图片审核标注员（居家）",
    title_en: "Image review annotator (from home)",
    summary_zh: "在家检查商品图片是否清楚、有没有违规内容，并打上标签。按张计件，每张0.1–0.2元。",
    summary_en:
      "From home, check that product photos are clear and within the rules, and tag them. Paid per image, ¥0.10–0.20.",
    description_zh:
      "你会在网页上逐张查看网店的商品图片，判断图片是否清楚、是否有违规内容，再选择对应的标签。熟练后每小时能看300张左右。需要使用公司指定型号的鼠标（约120元），开工前自行购买。",
    description_en:
      "You'll look through online shops' product photos one by one in a browser, decide whether each is clear and within the rules, and choose the right tags. Once you're used to it, around 300 images an hour is typical. You need to buy the company's recommended mouse (about ¥120) before you start.",
    how_to_apply_zh: "在无碍就业上申请。",
    how_to_apply_en: "Apply on AccessWork.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "piecework", hours_min: 5, hours_max: 25, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: false, trial_period: false,
    pay_min_minor: 10, pay_max_minor: 20, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "draft", deadline_in_days: 45, posted_days_ago: 0, submitted_days_ago: 5,
    review_note:
      "请删掉“需要自行购买指定型号的鼠标”这句话：我们不能发布要求求职者自己花钱的职位。如果确实需要这款鼠标，请写明由公司提供。另外请写清每批任务多久结算一次、结算到哪里。",
  },
];

export const seedReports: SeedReport[] = [
  {
    opening: "demo-024",
    reason: "asks_fees",
    details:
      "我在平台上申请后，有人加了我的微信，说要先交200元“培训押金”才能开始接单，干满一个月再退。职位页面上写的是不收任何费用，所以想请你们核实一下是不是这家公司的人。",
    locale: "zh-CN",
    contact_email: "xiaoyu.reports@example.org",
    days_ago: 2,
  },
  {
    opening: "demo-029",
    reason: "inaccurate_access",
    details:
      "The listing says the moderation tool has been tested with screen readers, but the training videos have no captions or transcript, and the practice queue shows images with no text at all. I use NVDA and couldn't get past the first training module.",
    locale: "en",
    contact_email: null,
    days_ago: 1,
  },
  {
    opening: "demo-041",
    reason: "certificate_renting",
    details:
      "有人在我们残疾人微信群里用这家公司的名义招人，说“不用上班，每月给你500块，只要把残疾证挂在公司名下”。不确定是不是这个职位的招聘方，麻烦核实。",
    locale: "zh-CN",
    contact_email: null,
    days_ago: 4,
    decision: {
      status: "employer_asked",
      reason: "已发邮件请雇主说明：是否有人冒用公司名义招聘“挂靠”，并请他们提供负责招聘的联系人。等雇主回复后再决定。",
      days_ago: 3,
    },
  },
];

export const seedRevisions: SeedRevision[] = [
  { opening: "demo-075", actor: STAFF, action: "created", days_ago: 52 },
  { opening: "demo-075", actor: STAFF, action: "published", days_ago: 50 },
  { opening: "demo-075", actor: STAFF, action: "closed", days_ago: 18, reason: "名额已经招满。" },
  { opening: "demo-076", actor: EMPLOYER, action: "created", days_ago: 3 },
  { opening: "demo-076", actor: EMPLOYER, action: "submitted", days_ago: 2 },
  { opening: "demo-077", actor: STAFF, action: "created", days_ago: 1 },
  { opening: "demo-078", actor: EMPLOYER, action: "created", days_ago: 6 },
  { opening: "demo-078", actor: EMPLOYER, action: "submitted", days_ago: 5 },
  {
    opening: "demo-078",
    actor: STAFF,
    action: "returned",
    days_ago: 4,
    reason:
      "请删掉“需要自行购买指定型号的鼠标”这句话：我们不能发布要求求职者自己花钱的职位。如果确实需要这款鼠标，请写明由公司提供。另外请写清每批任务多久结算一次、结算到哪里。",
  },
];
