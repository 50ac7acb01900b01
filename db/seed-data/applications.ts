import type { ApplicationStatus } from "../schema";
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
