import type { EventProvision } from "../../app/domain/event";

// Demo live recruitment events (issue 20): one coming up with registrations, one on now, one past
// with its replay, and one in person and online at once, with its venue's access. Times are relative to when the seed runs: `starts_in_minutes` from then (negative
// for the past), `minutes` long. The stream addresses are on example.cn, clearly not real.

export type SeedEvent = {
  partner: string;
  title_zh: string;
  title_en: string;
  description_zh: string;
  description_en: string;
  starts_in_minutes: number;
  /**
   * The time of day in China it starts at ("HH:MM"), on the China day `starts_in_minutes` falls on,
   * as an organiser would set it; an event that is not on now never then runs past midnight, whenever
   * the demo is seeded. Without it (the event on now), the start is `starts_in_minutes` itself.
   */
  china_time?: string;
  minutes: number;
  stream_url: string | null;
  replay_url: string | null;
  provisions: EventProvision[];
  qa_moderation: "held" | "open";
  /** For an event in person and online: where, and the venue's access in the organiser's words. */
  venue?: { name_zh: string; name_en: string; address_zh: string; address_en: string; access_zh: string; access_en: string };
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
    starts_in_minutes: 5 * DAY,
    china_time: "14:00",
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
    starts_in_minutes: -14 * DAY,
    china_time: "09:30",
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
  {
    partner: "guangshan-hexiang-employment-centre",
    title_zh: "光山县残疾人专场招聘会（现场和线上同时进行）",
    title_en: "Guangshan County job fair for disabled people (in person and online)",
    description_zh:
      "县就业服务中心在一楼大厅举办的专场招聘会，同时在网上直播。本地茶叶网店介绍在线客服和县城仓库的打包计件岗位，数据标注单位介绍可以在家做的文本标注岗位。\n到现场的朋友可以当面和单位谈，不方便出门的朋友在网上看字幕、用文字提问，效果一样。现场有手语翻译，单位代表都会讲清楚计件价格和一小时大约能做多少件。",
    description_en:
      "A job fair in the ground-floor hall of the county employment service centre, streamed online at the same time. A local tea shop presents online customer service and piecework packing at its warehouse in the county town; a data annotation company presents text annotation that can be done from home.\nCome to talk to employers in person, or, if going out is hard, follow the captions online and ask in writing: it counts the same. A sign-language interpreter is at the venue, and every employer will say its piece rates and about how many pieces an hour an experienced worker packs.",
    starts_in_minutes: 12 * DAY,
    china_time: "09:00",
    minutes: 150,
    stream_url: "https://live.example.cn/hexiang/county-fair-2026-12",
    replay_url: null,
    provisions: ["captions", "sign_language", "text_qa", "breaks"],
    qa_moderation: "held",
    venue: {
      name_zh: "禾乡就业服务中心一楼大厅",
      name_en: "Hexiang Employment Service Centre, ground-floor hall",
      address_zh: "河南省信阳市光山县弦山街道民生路 18 号（示例地址）",
      address_en: "18 Minsheng Road, Xianshan Subdistrict, Guangshan County, Xinyang, Henan (example address)",
      access_zh:
        "正门有坡道，没有台阶；大厅在一楼，不用上楼。一楼有无障碍卫生间。\n最近的公交站是“县医院”，下车后沿盲道走 150 米。现场有手语翻译和可以坐下休息的地方。需要工作人员到公交站接的，请提前一天打电话给中心。",
      access_en:
        "The main entrance has a ramp and no steps; the hall is on the ground floor. There is an accessible toilet on the ground floor.\nThe nearest bus stop is County Hospital, 150 metres away along a tactile path. A sign-language interpreter is at the venue, and there are seats to rest. If you would like someone to meet you at the bus stop, phone the centre the day before.",
    },
    employers: ["chaxiang-tea-shop", "brightline-annotation"],
    openings: ["demo-066", "demo-068", "demo-005"],
    captions: [],
    pinned: null,
    questions: [],
    helpers: [],
    registrations: [],
  },
];
