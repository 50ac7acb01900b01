import type { ApplicationStatus } from "../../app/domain/application";
import type { PassportContent } from "../../app/validation/application";

// The demo seeker's applications and passport, and the demo employer's (光山明线) inbox. All the
// people are fictional; the applicants other than the demo seeker have no password.

/** Applicants besides the demo seeker, so the employer's inbox has several people in it. */
export const seedApplicants = [
  { email: "applicant.zhao@demo.accesswork.example", displayName: "赵一鸣", locale: "zh-CN" },
  { email: "applicant.sun@demo.accesswork.example", displayName: "Sun Wei", locale: "en" },
] as const;

/** One step in an application's story: who did it, how many days ago, and what. */
type SeedStep = { by: "seeker" | "organisation"; days_ago: number; status?: ApplicationStatus; message?: string; kind?: "passport_shared" | "passport_withdrawn" };

export type SeedApplication = {
  /** "seeker" is the demo seeker; otherwise an email from seedApplicants. */
  applicant: string;
  opening: string;
  status: ApplicationStatus;
  share_passport: boolean;
  contact_phone: string;
  experience: string;
  message: string;
  steps: SeedStep[];
};

export const seekerPassport: PassportContent = {
  needs: ["text_only_interview", "screen_reader_tests", "flexible_hours", "remote_work"],
  details:
    "我是全盲，用电脑读屏软件 NVDA 和手机读屏。面试最好用文字聊天；如果一定要视频，请提前一天告诉我，并把要看的材料先发给我。每天下午三点以后效率最高。",
  disability: "视力残疾一级（有残疾人证）",
};

export const applicantPassport: PassportContent = {
  needs: ["sign_language_interpreter", "captioned_calls", "written_instructions"],
  details: "I am Deaf and use Chinese Sign Language. Typed chat works well for day-to-day work; for an interview, please arrange an interpreter or live captions.",
  disability: "",
};

export const seedApplications: SeedApplication[] = [
  {
    applicant: "seeker",
    opening: "demo-001",
    status: "viewed",
    share_passport: true,
    contact_phone: "",
    experience: "在本地残联的培训班学过图像标注，做过三个月的在线文字客服。熟悉 NVDA 的各种快捷键。",
    message: "您好！我对远程图像标注很感兴趣。我是读屏用户，想先确认标注工具能否用键盘操作。如果可以试做一批，我很愿意。",
    steps: [
      { by: "seeker", days_ago: 6, status: "submitted" },
      { by: "seeker", days_ago: 6, kind: "passport_shared" },
      { by: "organisation", days_ago: 5, status: "viewed" },
    ],
  },
  {
    applicant: "seeker",
    opening: "demo-002",
    status: "interview",
    share_passport: false,
    contact_phone: "",
    experience: "做过两年会议录音的文字整理，普通话和北京话都听得懂，打字每分钟 90 字左右。",
    message: "您好，我想申请语音转写校对员。我习惯用耳机长时间听音频，校对也很细心。",
    steps: [
      { by: "seeker", days_ago: 12, status: "submitted" },
      { by: "organisation", days_ago: 11, status: "viewed" },
      {
        by: "organisation",
        days_ago: 9,
        status: "interview",
        message: "Hello, thank you for applying. We'd like to invite you to a short interview by typed chat next Tuesday at 3 pm. Does that suit you?\n您好，感谢申请。想邀请您下周二下午三点用文字聊天做个简短面试，可以吗？",
      },
      { by: "seeker", days_ago: 8, message: "可以的，谢谢！请问需要提前准备什么吗？" },
      { by: "organisation", days_ago: 8, message: "不需要准备，我们会发一段三分钟的录音请您现场校对。" },
    ],
  },
  {
    applicant: "seeker",
    opening: "demo-003",
    status: "not_selected",
    share_passport: false,
    contact_phone: "138 0000 0000",
    experience: "有质检经验，但没有带过团队。",
    message: "您好，我想试试质检组长的岗位，不过需要先了解办公点是否有无障碍通道。",
    steps: [
      { by: "seeker", days_ago: 30, status: "submitted" },
      { by: "organisation", days_ago: 28, status: "viewed" },
      {
        by: "organisation",
        days_ago: 25,
        status: "not_selected",
        message: "感谢您的申请。这次我们需要有团队管理经验的人，所以没有入选。远程标注员的岗位还在招，欢迎您申请。",
      },
    ],
  },
  {
    applicant: "applicant.zhao@demo.accesswork.example",
    opening: "demo-005",
    status: "submitted",
    share_passport: false,
    contact_phone: "",
    experience: "计算机专业毕业，做过一年的文本分类标注。",
    message: "您好，我对文本标注很熟悉，可以马上开始。我需要弹性的工作时间，每周大约 20 小时。",
    steps: [{ by: "seeker", days_ago: 1, status: "submitted" }],
  },
  {
    applicant: "applicant.sun@demo.accesswork.example",
    opening: "demo-001",
    status: "submitted",
    share_passport: true,
    contact_phone: "",
    experience: "Two years of image annotation for an autonomous-driving dataset, mostly bounding boxes and polygons.",
    message: "Hello, I'd like to apply for the remote annotation role. I'm Deaf, and I work best by typed chat. I can start next week.",
    steps: [
      { by: "seeker", days_ago: 2, status: "submitted" },
      { by: "seeker", days_ago: 2, kind: "passport_shared" },
    ],
  },
];

/** A hire through the portal at the demo Inclusion Leader employer (安语), and its 6-month check-back if one was made. */
export type SeedHire = {
  email: string;
  name: string;
  opening: string;
  phone: string;
  experience: string;
  message: string;
  hired_days_ago: number;
  check_back: { days_after_hire: number; outcome: "employed" | "not_employed" | "unreachable" } | null;
};

export const seedHireStories: SeedHire[] = [
  {
    email: "hire.liu@demo.accesswork.example",
    name: "刘思远",
    opening: "demo-024",
    phone: "139 0000 1024",
    experience: "做过两年电商平台的文字客服，习惯用读屏软件处理工单。",
    message: "您好，我是低视力，用放大和读屏软件工作，打字速度每分钟 70 字左右。希望能全程文字沟通。",
    hired_days_ago: 420,
    check_back: { days_after_hire: 190, outcome: "employed" },
  },
  {
    email: "hire.ma@demo.accesswork.example",
    name: "马佳怡",
    opening: "demo-025",
    phone: "",
    experience: "Three years of email support for a travel company, in Chinese and English.",
    message: "Hello, I am hard of hearing and prefer typed chat. I can work four hours every afternoon.",
    hired_days_ago: 330,
    check_back: { days_after_hire: 186, outcome: "employed" },
  },
  {
    email: "hire.guo@demo.accesswork.example",
    name: "郭文博",
    opening: "demo-026",
    phone: "137 0000 1026",
    experience: "在残联培训班学过在线客服，做过半年售后回访。",
    message: "您好，我是肢体残疾，坐轮椅，在家办公没有问题。请问需要自备电脑吗？",
    hired_days_ago: 270,
    check_back: { days_after_hire: 184, outcome: "not_employed" },
  },
  {
    email: "hire.tang@demo.accesswork.example",
    name: "唐晓雯",
    opening: "demo-024",
    phone: "",
    experience: "做过一年的直播间文字助理，负责回复评论和整理订单。",
    message: "您好，我想申请文字客服。我是听力残疾，所有沟通都可以用文字。",
    hired_days_ago: 240,
    check_back: { days_after_hire: 195, outcome: "unreachable" },
  },
  {
    email: "hire.fang@demo.accesswork.example",
    name: "方浩然",
    opening: "demo-027",
    phone: "136 0000 1027",
    experience: "做过三年的电话客服，后来因为听力下降转做文字客服。",
    message: "您好，我现在只做文字客服，对投诉处理比较熟悉。",
    hired_days_ago: 200,
    check_back: null,
  },
  {
    email: "hire.yu@demo.accesswork.example",
    name: "于静怡",
    opening: "demo-028",
    phone: "",
    experience: "刚完成残联的在线客服培训，实习过一个月。",
    message: "您好，我是视力残疾，用 NVDA 读屏。希望先试做一周。",
    hired_days_ago: 75,
    check_back: null,
  },
];
