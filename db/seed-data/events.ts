import type { EventProvision } from "../../app/domain/event";

// Demo live recruitment events (issue 20): one coming up with registrations, one on now, one past
// with its replay. Times are relative to when the seed runs: `starts_in_minutes` from then (negative
// for the past), `minutes` long. The stream addresses are on example.cn, clearly not real.

export type SeedEvent = {
  partner: string;
  title_zh: string;
  title_en: string;
  description_zh: string;
  description_en: string;
  starts_in_minutes: number;
  minutes: number;
  stream_url: string | null;
  replay_url: string | null;
  provisions: EventProvision[];
  qa_moderation: "held" | "open";
  employers: string[];
  openings: string[];
  /** Caption lines already sent, each `minutes` after the start; and the opening presented now (a ref), for the event on now. */
  captions: { minutes: number; text: string }[];
  pinned: string | null;
  /**
   * Questions already asked in the live room (by a demo account's mobile number), published, each
   * `minutes` after the start, with an answer by the organiser's staff or a demo account (by email)
   * that recruits for an employer taking part.
   */
  questions: { account: string; anonymous: boolean; minutes: number; body: string; answer: { by: "organiser" | string; body: string } }[];
  /** Demo accounts (by email) the partner invited to caption or moderate this event. */
  helpers: { account: string; role: "captioner" | "moderator" }[];
  /** Demo accounts registered, by mobile number, with what they told the organiser they need. The demo seeker is left free to register herself. */
  registrations: { account: string; needs: { needs: ("captions" | "sign_language" | "text_qa" | "text_only_room" | "breaks" | "materials_in_advance" | "screen_reader_materials")[]; details: string | null } | null }[];
};

const DAY = 24 * 60;

export const seedEvents: SeedEvent[] = [
  {
    partner: "mingtu-employment-centre",
    title_zh: "居家客服与内容审核专场线上招聘会",
    title_en: "Online job fair: customer service and content moderation from home",
    description_zh:
      "面向听力、言语和肢体残疾朋友的居家工作专场。两家已核实的单位会介绍在线客服、内容审核和文字校对岗位，讲清楚工作时间、计酬方式、试用期和培训安排。\n全程有实时文字字幕和手语翻译，提问全部用文字，不需要开麦或露脸。每位单位代表讲 25 分钟，中间休息 10 分钟。报名的人会提前一天收到岗位说明的文字版。",
    description_en:
      "A work-from-home session for deaf, hard-of-hearing, speech-impaired and physically disabled job seekers. Two verified employers present online customer service, content moderation and proofreading roles: hours, pay, probation and training.\nLive captions as text and a sign-language interpreter throughout; every question is asked in writing, with no microphone or camera. Each employer speaks for 25 minutes, with a 10-minute break between them. Everyone registered receives the job descriptions as text the day before.",
    starts_in_minutes: 5 * DAY + 60,
    minutes: 120,
    stream_url: "https://live.example.cn/mingtu/home-work-2026-12",
    replay_url: null,
    provisions: ["captions", "sign_language", "text_qa", "text_only_room", "breaks", "materials_in_advance"],
    qa_moderation: "held",
    employers: ["anyu-customer-service", "qingqu-content"],
    openings: ["demo-024", "demo-025", "demo-029", "demo-031"],
    captions: [],
    pinned: null,
    questions: [],
    helpers: [],
    registrations: [
      { account: "13800138000", needs: { needs: ["captions", "text_qa"], details: "我是听力残疾，习惯看字幕，提问想用文字。" } },
    ],
  },
  {
    partner: "mingtu-employment-centre",
    title_zh: "手语翻译与字幕岗位直播宣讲",
    title_en: "Live briefing: sign-language interpreting and captioning jobs",
    description_zh:
      "两家语言服务单位介绍远程手语翻译、线上手语教学、中文视频字幕听写等岗位，聋人手语老师现场用手语讲解。可以在文字直播间里跟着字幕看，也可以用文字提问，主持人审核后公开回答。",
    description_en:
      "Two language-services employers present remote sign-language interpreting, online sign-language teaching and Chinese subtitle transcription. A Deaf sign-language teacher presents in sign language. Follow along in the text room with the captions, or ask in writing: the host publishes and answers questions after moderation.",
    starts_in_minutes: -30,
    minutes: 150,
    stream_url: "https://live.example.cn/mingtu/sign-language-briefing",
    replay_url: null,
    provisions: ["captions", "sign_language", "text_qa", "text_only_room"],
    qa_moderation: "held",
    employers: ["zhijian-sign-language", "changyi-language"],
    openings: ["demo-060", "demo-061", "demo-040", "demo-063"],
    captions: [
      { minutes: 1, text: "主持人：大家下午好，欢迎来到明途残疾人就业服务中心的线上宣讲。今天全程有文字字幕和手语翻译。" },
      { minutes: 2, text: "主持人：有问题请用文字提交，我们会在每家单位介绍完后统一回答。" },
      { minutes: 4, text: "北京指间语言服务有限公司招聘负责人：我们这次招的是远程视频手语翻译，按场次计酬，每场 1 到 2 小时。" },
      { minutes: 6, text: "招聘负责人：需要有手语翻译经验，聋人朋友也可以报名做手语老师，不要求会说话。" },
      { minutes: 8, text: "招聘负责人：设备我们提供摄像头补贴，每月 200 元。试用期一个月，工资照发。" },
    ],
    pinned: "demo-060",
    questions: [
      {
        account: "13800138000",
        anonymous: false,
        minutes: 9,
        body: "请问远程手语翻译需要自己买专业的摄像头吗？我家网络不太稳定怎么办？",
        answer: {
          by: "recruiter@demo.accesswork.example",
          body: "不用自己买。我们每月补贴 200 元用于摄像头和网络，入职前会和你一起测一次网络；网速不够的话，可以先做字幕转写，不需要视频。",
        },
      },
      {
        account: "13800138000",
        anonymous: true,
        minutes: 12,
        body: "我是聋人，面试可以全程用文字或者手语吗？",
        answer: { by: "organiser", body: "可以。本场两家单位都同意用文字或手语面试。报名时在“需要的安排”里写上，我们会提前告诉单位。" },
      },
    ],
    helpers: [{ account: "captioner@demo.accesswork.example", role: "captioner" }],
    registrations: [{ account: "13800138000", needs: null }],
  },
  {
    partner: "guangshan-hexiang-employment-centre",
    title_zh: "“就业援助月”线上专场：灵活就业与居家工作",
    title_en: "Employment Assistance Month online session: flexible work and working from home",
    description_zh:
      "县就业服务中心联合本地和外地单位举办的线上专场，介绍电商客服、数据标注和手工计件等灵活就业岗位，并讲解灵活就业人员参加社会保险的办法。回放和文字记录已经公布。",
    description_en:
      "An online session run by the county employment service centre with local and distant employers: e-commerce customer service, data annotation and piecework by hand, and how flexible workers can join social insurance. The replay and the transcript are published.",
    starts_in_minutes: -14 * DAY - 6 * 60,
    minutes: 120,
    stream_url: "https://live.example.cn/hexiang/assistance-month",
    replay_url: "https://live.example.cn/hexiang/assistance-month/replay",
    provisions: ["captions", "text_qa", "breaks"],
    qa_moderation: "open",
    employers: [],
    openings: [],
    captions: [
      { minutes: 0, text: "主持人：各位朋友好，今天是“就业援助月”线上专场，先请县就业服务中心介绍灵活就业人员参加社会保险的办法。" },
      { minutes: 3, text: "就业服务中心：灵活就业人员可以以个人身份参加职工养老保险和医疗保险，残疾人按规定可以申请社保补贴。" },
      { minutes: 6, text: "就业服务中心：申请补贴要带残疾人证、身份证和缴费凭证，到中心一楼窗口办理，也可以请工作人员上门。" },
      { minutes: 10, text: "主持人：接下来介绍今天的岗位，有电商客服、数据标注和手工计件，都可以在家做。" },
      { minutes: 25, text: "主持人：今天的专场到这里结束，回放和文字记录会放在活动页面上，谢谢大家。" },
    ],
    pinned: null,
    questions: [],
    helpers: [],
    registrations: [],
  },
];
