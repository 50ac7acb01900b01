import type { SeedOpening } from "../seed-types";

// Demo openings. All organisations are fictitious (see organisations.ts).
// Pay is in fen (1 yuan = 100 fen). Dates are relative to the day the seed runs.
//
// Not meant for demo browsing: demo-009 and demo-072 (closed), demo-028 and
// demo-064 (published but past their deadline), demo-059 and demo-074 (draft),
// demo-016 and demo-073 (pending review).

export const seedOpenings: SeedOpening[] = [
  // ------------------------------------------------ 光山明线数据标注 / Brightline
  {
    ref: "demo-001",
    employer: "brightline-annotation",
    partner: "guangshan-hexiang-employment-centre",
    title_zh: "远程数据标注员（图像框选）",
    title_en: "Remote data annotator (image bounding boxes)",
    summary_zh:
      "在家用电脑给街景图片里的车辆、行人画框并打标签。时间自己安排，按张计件，每张0.3–0.8元。从面试到结算，全程可以用文字沟通。",
    summary_en:
      "Draw boxes around cars, people and road signs in street photos, from home, on your own schedule. You're paid per image, ¥0.30–0.80 depending on difficulty. Everything, from the interview to getting paid, can be done by text.",
    description_zh:
      "你会在网页版标注平台上查看街景图片，用鼠标给车辆、行人和交通标志画框，再选择对应的标签。每批任务都附有标注规范。开工前有两天线上带教，之后由组长抽检，一批的正确率达到95%才结算。单价按图片难度在0.3到0.8元之间，熟练后每小时大约能做40到80张。需要一台能上网的电脑（Windows或Mac）和鼠标，用手机做不了。这项工作要看清图片、精确操作鼠标，平台目前不支持读屏软件。报酬每周结算一次，打到你本人的银行卡；本岗位不缴纳社保，县就业服务中心可以教你以灵活就业人员身份自己缴纳养老和医疗保险。",
    description_en:
      "You'll use a browser-based annotation tool to draw boxes around vehicles, pedestrians and traffic signs in street photos, then pick the right label for each. Every batch comes with written guidelines. Before you start there are two days of online coaching; after that a team lead spot-checks your work, and a batch is paid once it reaches 95% accuracy. Rates run from ¥0.30 to ¥0.80 per image, and once you're up to speed 40–80 images an hour is typical. You need a computer (Windows or Mac) with internet and a mouse; it can't be done on a phone. The work depends on seeing images clearly and precise mouse control, and the tool doesn't work with screen readers yet. Pay goes into your own bank account every week. There's no social insurance, but the county employment centre can show you how to pay into pension and medical insurance as a flexible worker.",
    how_to_apply_zh:
      "在无碍就业上点“申请”即可，不需要上传残疾证。我们会在3个工作日内发文字消息给你，约一次打字面试和10分钟的试标。全程不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork; you don't need to upload a disability certificate. Within three working days we'll message you to arrange a typed-chat interview and a 10-minute practice task. We never charge fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "piecework", hours_min: 5, hours_max: 30, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: true,
    pay_min_minor: 30, pay_max_minor: 80, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 30, posted_days_ago: 1,
  },
  {
    ref: "demo-002",
    employer: "brightline-annotation",
    partner: "guangshan-hexiang-employment-centre",
    title_zh: "语音转写校对员",
    title_en: "Speech transcript checker",
    summary_zh:
      "听短录音，改正机器转写出来的文字。在家远程，按批次计酬，每批约30分钟录音，18–35元。时间自由，可以全程用文字沟通。",
    summary_en:
      "Listen to short recordings and correct the machine-made transcripts. Remote work, paid per batch of about 30 minutes of audio: ¥18–35 a batch. Work whenever suits you, with all contact by text.",
    description_zh:
      "录音多是普通话和河南话的日常对话，每段10到30秒。你要对照录音改错字、补漏词，并标出听不清的地方。平台是网页版，所有操作都有快捷键，已用NVDA和争渡读屏测试过，已经有视障同事在做。每批约30分钟录音，熟练后一到两小时能完成，按难度计18到35元。组长每批抽查10%，错误率超过5%要返工，返工不另计酬。需要电脑、耳机和稳定的网络，也需要能听清录音。本岗位不缴纳社保。",
    description_en:
      "The recordings are everyday conversations in Mandarin and Henan dialect, 10 to 30 seconds each. You fix wrong words, add missing ones and flag anything that can't be made out. The tool runs in a browser with a keyboard shortcut for everything; it has been tested with NVDA and Zhengdu (争渡读屏), and blind colleagues already use it. A batch holds about 30 minutes of audio, takes an experienced checker one to two hours, and pays ¥18–35 depending on difficulty. The team lead checks 10% of every batch; if more than 5% is wrong, the batch comes back for correction, unpaid. You'll need a computer, headphones, a steady connection and to be able to hear the recordings clearly. No social insurance is included.",
    how_to_apply_zh:
      "通过无碍就业申请后，我们会发一段5分钟的试听材料。试做通过就可以参加线上带教，整个过程不收任何费用。",
    how_to_apply_en:
      "Apply through AccessWork and we'll send you a five-minute sample to try. If it goes well, you join the online coaching. There are no fees at any stage.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "piecework", hours_min: 4, hours_max: 20, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 1800, pay_max_minor: 3500, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 45, posted_days_ago: 6,
  },
  {
    ref: "demo-003",
    employer: "brightline-annotation",
    partner: "guangshan-hexiang-employment-centre",
    title_zh: "标注质检组长（光山办公点）",
    title_en: "Annotation QA lead (Guangshan office)",
    summary_zh:
      "带一个8人左右的远程标注小组，负责抽检质量、解答规范问题。每周3天在光山县城办公点、2天在家，月薪3800–4800元，缴纳五险一金。",
    summary_en:
      "Lead a team of about eight remote annotators: spot-check their work and answer questions about the guidelines. Three days a week at our office in Guangshan town, two at home. ¥3,800–4,800 a month with social insurance and housing fund.",
    description_zh:
      "你每天抽检组员提交的标注结果，把常见错误整理成简短说明，并在工作群里答疑。每周一上午开小组例会，在家那几天可以线上参加。办公点在县城一楼，门口有坡道，卫生间可以进轮椅，另有一间安静的休息室。我们可以按需提供大屏显示器、放大软件和可调高度的桌子。有标注经验者优先；没有经验的，先做一个月标注员再转组长。试用期两个月，工资照发全额。公司按当地标准缴纳五险一金。",
    description_en:
      "Each day you'll spot-check the team's finished work, turn common mistakes into short notes and answer questions in the team chat. There's a team meeting on Monday mornings, which you can join online on home days. The office is on the ground floor in town, with a ramp at the entrance, a wheelchair-accessible toilet and a quiet room. On request we provide a large monitor, magnification software and a height-adjustable desk. Annotation experience helps; if you have none, you start as an annotator for a month and then move up. Probation lasts two months, on full pay. We pay social insurance and the housing provident fund at the local rate.",
    how_to_apply_zh:
      "在无碍就业上申请，写几句相关经历即可。面试可以在办公点进行，也可以全程打字。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork with a few lines about your experience. The interview can be at the office or entirely by typed chat. No fees, ever.",
    work_arrangement: "hybrid", remote_anywhere: false, province: "河南", city: "信阳",
    employment_form: "full_time", hours_min: 40, hours_max: 40, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: true, step_free_workplace: true, quiet_space: true,
    training_provided: true, mentor_support: true, trial_period: true,
    pay_min_minor: 380000, pay_max_minor: 480000, pay_unit: "month",
    social_insurance: true, medical_insurance: true, housing_fund: true,
    status: "published", deadline_in_days: 21, posted_days_ago: 9,
  },
  {
    ref: "demo-004",
    employer: "brightline-annotation",
    partner: "guangshan-hexiang-employment-centre",
    title_zh: "数据标注入门培训（光山县，两周）",
    title_en: null,
    summary_zh:
      "两周免费培训，学会图像框选和文本分类两类数据标注。第一周在县城办公点上课，第二周在家练习，按学习时长每小时补贴20元。结业后可以直接接单。",
    summary_en: null,
    description_zh:
      "每天上午9点到12点上课，下午再练习一到两小时，每周合计20到25小时。第一周在光山县城办公点集中上课，讲平台操作、标注规范和质检标准；第二周回家做真实的练习任务，老师在线答疑。培训补贴按实际学习时长每小时20元，结业时一次发放。教室在一楼，无台阶，有安静的休息室，可以借用大屏显示器和放大软件。会基本的电脑操作就行，打字慢也没关系。考核通过后可以加入明线公司的标注员队伍，不加入也照样领补贴。培训期间由就业服务中心统一购买意外险，不缴纳社保。",
    description_en: null,
    how_to_apply_zh:
      "在无碍就业上报名，也可以请乡镇残联专职委员帮你报名。每期20人，名额满了就排到下一期，不收任何费用。",
    how_to_apply_en: null,
    work_arrangement: "hybrid", remote_anywhere: false, province: "河南", city: "信阳",
    employment_form: "training", hours_min: 20, hours_max: 25, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: true, step_free_workplace: true, quiet_space: true,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 2000, pay_max_minor: 2000, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 14, posted_days_ago: 3,
  },
  {
    ref: "demo-005",
    employer: "brightline-annotation",
    partner: "guangshan-hexiang-employment-centre",
    title_zh: "人工智能训练师（文本标注）",
    title_en: "AI trainer (text annotation)",
    summary_zh:
      "在家给聊天机器人的问答做分类、打分和改写。时间灵活，每周10–25小时，每小时25–40元。标注平台已用读屏软件测试过。",
    summary_en:
      "Sort, score and rewrite chatbot questions and answers from home. Flexible hours, 10–25 a week, at ¥25–40 an hour. The annotation tool has been tested with screen readers.",
    description_zh:
      "任务主要有三类：判断用户的问题属于哪一类；从准确、有用、安全三方面给机器人的回答打分；把不通顺的回答改写得更自然。全部是文字任务，标注平台网页版可以完全用键盘操作，已用NVDA和争渡读屏逐页测试。开工前有三次线上培训，每次一小时，配文字讲义。前两周每小时25元，质检合格率稳定在95%以上后调到30到40元。每周至少做10小时，具体哪几个小时由你定。需要电脑、稳定的网络和较好的中文书面表达。本岗位是灵活用工，不缴纳社保。",
    description_en:
      "There are three kinds of task: sorting users' questions into categories, scoring the chatbot's answers for accuracy, helpfulness and safety, and rewriting clumsy answers so they read naturally. It's all text. The annotation tool runs in a browser, works fully from the keyboard and has been tested page by page with NVDA and Zhengdu. Before you start there are three one-hour online training sessions, with written notes. You earn ¥25 an hour for the first two weeks, rising to ¥30–40 once your quality score stays above 95%. We ask for at least 10 hours a week; which hours is up to you. You need a computer, a reliable connection and good written Chinese. This is flexible work with no social insurance.",
    how_to_apply_zh:
      "在无碍就业申请后，我们会发一份30分钟的线上小测验，做完马上出结果。面试全程打字，不收任何费用。",
    how_to_apply_en:
      "After you apply on AccessWork we'll send a 30-minute online test, and you'll see the result straight away. The interview is by typed chat. We never charge fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 10, hours_max: 25, schedule: "flexible",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: false, trial_period: false,
    pay_min_minor: 2500, pay_max_minor: 4000, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 60, posted_days_ago: 15,
  },

  // ------------------------------------------------------ 常州禾木数据 / Hemu Data
  {
    ref: "demo-006",
    employer: "hemu-data",
    partner: "yunzhan-digital-park",
    title_zh: "AI对话评估员（江苏省内远程）",
    title_en: "AI conversation rater (remote, Jiangsu only)",
    summary_zh:
      "比较聊天机器人的两个回答，选出更好的一个并写明理由。常住江苏的可以在家远程，每周8–15小时，时间自定，每小时30–45元。",
    summary_en:
      "Compare two chatbot answers, pick the better one and explain why. Remote for people living in Jiangsu: 8–15 hours a week, whenever you like, at ¥30–45 an hour.",
    description_zh:
      "每道题给出一个用户问题和两个回答，你要从事实是否准确、是否切题、语气是否得当几方面打分，再用一两句话写出理由。客户要求数据不出省，所以只招常住江苏的评估员，而且要在家里固定的电脑上做，不能在网吧或公共场所。评估平台已用NVDA、争渡读屏和Mac上的VoiceOver测试过。新人有一周带教期，有专人在文字群里答疑。每周二公布下周的任务量，多少会有波动，淡季可能每周只有几个小时。按实际工时计酬，每月10日结算，不缴纳社保。",
    description_en:
      "Each task shows a user's question and two answers. You score them for accuracy, relevance and tone, then explain your choice in a sentence or two. The client requires the data to stay in the province, so we can only take raters who live in Jiangsu and work from a fixed computer at home, not an internet café or other public place. The rating tool has been tested with NVDA, Zhengdu and VoiceOver on the Mac. New raters get a week of coaching, with a named person answering questions in a text group. Next week's workload is announced every Tuesday. It varies, and in quiet weeks there may be only a few hours. You're paid for the hours you actually work, on the 10th of each month, with no social insurance.",
    how_to_apply_zh:
      "在无碍就业申请，并写明你住在江苏哪个城市。我们会先发一套小测验，通过后文字面试，全程免费。",
    how_to_apply_en:
      "Apply on AccessWork and tell us which city in Jiangsu you live in. We'll send a short test, then interview you by typed chat. It costs you nothing.",
    work_arrangement: "remote", remote_anywhere: false, province: "江苏", city: null,
    employment_form: "flexible", hours_min: 8, hours_max: 15, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏", "VoiceOver"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 3000, pay_max_minor: 4500, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 30, posted_days_ago: 0,
  },
  {
    ref: "demo-007",
    employer: "hemu-data",
    partner: "yunzhan-digital-park",
    title_zh: null,
    title_en: "English conversation rater (AI trainer)",
    summary_zh: null,
    summary_en:
      "Rate and correct English-language chatbot conversations from home. Choose your own hours, 5–15 a week, at ¥40–60 an hour. You need excellent written English; all contact is by text.",
    description_zh: null,
    description_en:
      "You'll read conversations between users and an English-language chatbot, score each answer for accuracy, helpfulness and tone, and rewrite the weak ones. Tasks come in batches of about 20 conversations, and you can work on them at any time of day before the batch deadline, usually 48 hours away. The rating tool runs in a browser and has been tested with NVDA, JAWS and VoiceOver. Many of the team studied English or translation, but what matters is the quality of your writing, which the qualification test checks. Onboarding takes two hours and is paid. Pay starts at ¥40 an hour and reaches ¥60 for senior raters, paid monthly. This is freelance work with no social insurance, so budget for paying into pension and medical insurance as a flexible worker.",
    how_to_apply_zh: null,
    how_to_apply_en:
      "Apply on AccessWork with a short note in English about yourself. We'll send the qualification test within a week. There are no fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 5, hours_max: 15, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "JAWS", "VoiceOver"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: false, trial_period: false,
    pay_min_minor: 4000, pay_max_minor: 6000, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 40, posted_days_ago: 4,
  },
  {
    ref: "demo-008",
    employer: "hemu-data",
    partner: "yunzhan-digital-park",
    title_zh: "数据标注员（全职，金坛园区）",
    title_en: "Data annotator (full-time, Jintan park)",
    summary_zh:
      "在金坛数字经济产业园的集中办公区做数据标注，朝九晚五，双休。月薪4000–5200元，缴纳五险一金。办公区无台阶，有安静休息室。",
    summary_en:
      "Full-time data annotation in the shared office at the Jintan digital-economy park, nine to five, weekends off. ¥4,000–5,200 a month with social insurance and housing fund. The office is step-free, with a quiet room.",
    description_zh:
      "工作包括图像框选、文本分类和语音转写校对，组长会按你的情况分配最合适的任务。第一周是带薪培训，之后每月考核质量和产量：基本工资4000元，绩效最多再加1200元。办公区在园区服务楼一层，全程无台阶，有无障碍卫生间、安静休息室和可调高度的桌子。电脑已装好NVDA和争渡读屏，读屏用户主要做文本类任务。园区服务站有会手语的工作人员，聋人同事可以用手语或文字沟通。园区门口有公交站，每月另发100元交通补贴。",
    description_en:
      "The work covers image bounding boxes, text classification and checking speech transcripts, and your team lead gives you the tasks that suit you best. The first week is paid training. After that, quality and output are reviewed monthly: base pay is ¥4,000, with up to ¥1,200 more for performance. The office is on the ground floor of the park's service building, step-free throughout, with an accessible toilet, a quiet room and height-adjustable desks. Computers come with NVDA and Zhengdu installed, and screen-reader users mostly work on text annotation. Someone at the park's service desk signs, so Deaf colleagues can use sign language or text. There's a bus stop at the park gate and a ¥100 monthly travel allowance.",
    how_to_apply_zh:
      "在无碍就业上申请后，我们会约你先来园区看看环境。面试可以用手语、文字或口头，不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork and we'll invite you to visit the park first. The interview can be in sign language, in writing or spoken. We never charge fees.",
    work_arrangement: "on_site", remote_anywhere: false, province: "江苏", city: "常州",
    employment_form: "full_time", hours_min: 40, hours_max: 40, schedule: "fixed",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: true, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏"],
    assistive_devices_provided: true, step_free_workplace: true, quiet_space: true,
    training_provided: true, mentor_support: true, trial_period: true,
    pay_min_minor: 400000, pay_max_minor: 520000, pay_unit: "month",
    social_insurance: true, medical_insurance: true, housing_fund: true,
    status: "published", deadline_in_days: 35, posted_days_ago: 12,
  },
  {
    ref: "demo-009",
    employer: "hemu-data",
    partner: "yunzhan-digital-park",
    title_zh: "医学影像标注员（需医学背景）",
    title_en: "Medical image annotator (medical background)",
    summary_zh: "在家给胸部CT和X光片圈出病灶区域。需要医学相关学历，按张计酬，每张1–2元。本批招募已结束。",
    summary_en:
      "Outline findings on chest CT scans and X-rays from home. A medical background is required; pay is ¥1–2 per image. This round of recruitment has ended.",
    description_zh:
      "你要按照医生制定的规范，在胸部CT和X光片上圈出病灶并选择类型。要求医学、护理或医学影像相关专业，熟悉常见的影像表现。每张1到2元，按难度计，每批由合作医院的医生复核。这项工作需要看清细节并精细操作鼠标。不缴纳社保。本批人数已招满，岗位已关闭。",
    description_en:
      "Following guidelines written by doctors, you outline findings on chest CT scans and X-rays and choose what type each one is. You need a degree in medicine, nursing or medical imaging and to know common imaging findings. Pay is ¥1–2 per image depending on difficulty, and every batch is reviewed by doctors at a partner hospital. The work needs good sight for fine detail and precise mouse control. No social insurance is included. This round is full and the opening is closed.",
    how_to_apply_zh: "本岗位已停止招募，可以在无碍就业上关注禾木数据的其他岗位。",
    how_to_apply_en: "This opening is closed. You can follow Hemu Data's other openings on AccessWork.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "piecework", hours_min: 10, hours_max: 20, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: false, trial_period: false,
    pay_min_minor: 100, pay_max_minor: 200, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "closed", deadline_in_days: -5, posted_days_ago: 38,
  },
  {
    ref: "demo-010",
    employer: "hemu-data",
    partner: "yunzhan-digital-park",
    title_zh: "人工智能训练师技能课程（线上，8周）",
    title_en: "AI trainer skills course (online, 8 weeks)",
    summary_zh:
      "8周免费线上课程，学习数据标注和人工智能训练的基本功。每周两次晚间直播课，配实时字幕；从第3周起做真实练习任务，每小时20–25元。",
    summary_en:
      "A free eight-week online course in the basics of data annotation and AI training. Two live evening classes a week, with live captions. From week three you do real practice tasks, paid ¥20–25 an hour.",
    description_zh:
      "课程由禾木数据的标注组长授课，内容包括标注平台操作、常见任务类型、质检标准，以及人工智能训练师职业技能等级认定的准备。直播课在每周二、四晚上7点半，每次90分钟，有实时字幕，课后提供文字讲义和回放。课程平台和练习平台都已用NVDA和争渡读屏测试。从第3周开始，每周做4到6小时真实练习任务，每小时20到25元。结业后可以参加职业技能等级认定，考试费由产业园补贴；表现好的学员可以直接签约。课程免费，不收押金或教材费。",
    description_en:
      "The course is taught by Hemu Data's annotation team leads. It covers the annotation tools, common task types, quality standards and preparation for the AI trainer vocational skills assessment. Live classes are on Tuesday and Thursday evenings at 7:30, 90 minutes each, with live captions, and written notes and recordings afterwards. Both the course site and the practice tool have been tested with NVDA and Zhengdu. From week three you spend four to six hours a week on real practice tasks at ¥20–25 an hour. At the end you can sit the skills assessment, with the fee paid by the park, and strong students may be offered a contract straight away. The course is free: no deposit, no charge for materials.",
    how_to_apply_zh:
      "在无碍就业报名，每期限30人。报名成功后，你会收到一份文字说明，告诉你怎么登录课程平台。",
    how_to_apply_en:
      "Sign up on AccessWork; each intake has 30 places. You'll then get written instructions for logging in to the course.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "training", hours_min: 6, hours_max: 10, schedule: "fixed",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: true,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 2000, pay_max_minor: 2500, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 18, posted_days_ago: 10,
  },

  // ---------------------------------------------- 杭州青瓷巷电商 / Celadon Lane
  {
    ref: "demo-011",
    employer: "celadon-lane-ecommerce",
    partner: "shanhe-social-enterprise",
    title_zh: "在线客服（文字，家居网店）",
    title_en: "Online customer service (text chat, homeware shop)",
    summary_zh:
      "在家用文字回复网店顾客的咨询，处理查单、退换货等问题。每周选3–5个四小时的班次，每小时22–30元。客服工作台已用读屏软件测试过。",
    summary_en:
      "Answer shoppers by text chat from home: order tracking, returns and product questions. Pick three to five four-hour shifts a week, at ¥22–30 an hour. The chat workbench has been tested with screen readers.",
    description_zh:
      "我们卖陶瓷餐具、布艺和手工小家居。你在客服工作台上回复顾客消息：查物流、办理退换货、介绍商品的尺寸和材质。常见问题都有整理好的回复模板，可以用快捷键调出。工作台网页版已用NVDA和争渡读屏测试，每张商品图都配了文字说明。班次分上午、下午和晚上，每班4小时，每周至少选3个班，每周五前在共享表格里登记下周的班次。首月每小时22元，之后根据回复质量和顾客评价，最高调到30元。大促期间有额外班次，不强制。本岗位不缴纳社保，合作的社会企业可以告诉你灵活就业人员医保怎么交。",
    description_en:
      "We sell ceramic tableware, textiles and small handmade homeware. In the chat workbench you'll answer customers' messages, track parcels, handle returns and exchanges, and explain sizes and materials. Answers to common questions are kept in a library you can pull up with shortcuts. The web workbench has been tested with NVDA and Zhengdu, and every product photo has a text description. Shifts run morning, afternoon and evening, four hours each; you pick at least three a week and enter next week's choices in a shared sheet by Friday. You earn ¥22 an hour in the first month, rising to as much as ¥30 based on reply quality and customer ratings. Big sales bring extra shifts, but you never have to take them. There's no social insurance; our partner social enterprise can explain how flexible workers pay into medical insurance.",
    how_to_apply_zh:
      "在无碍就业申请后，我们会用文字和你做一次约20分钟的模拟接待，代替面试。不需要残疾证，不收任何费用。",
    how_to_apply_en:
      "Once you apply on AccessWork, we'll run a 20-minute practice chat with you instead of an interview. You don't need to show a disability certificate, and there are no fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 12, hours_max: 20, schedule: "flexible",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: true,
    pay_min_minor: 2200, pay_max_minor: 3000, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 30, posted_days_ago: 2,
  },
  {
    ref: "demo-012",
    employer: "celadon-lane-ecommerce",
    partner: "shanhe-social-enterprise",
    title_zh: "直播助理（评论回复与场控）",
    title_en: "Live-stream assistant (comments and running order)",
    summary_zh:
      "晚上协助主播直播：回复评论、上架商品、提醒流程。每周3–5个晚上，部分在杭州直播间、部分在家远程，每小时25–35元。你不需要出镜。",
    summary_en:
      "Help our host run evening live streams: reply to comments, put products live and keep the running order on track. Three to five evenings a week, some in our Hangzhou studio and some from home, at ¥25–35 an hour. You stay off camera.",
    description_zh:
      "直播一般在晚上7点到11点。你在后台回复观众评论，按顺序上架商品和优惠券，并用文字提醒主播下一个环节。在家的晚上只负责回复评论；在直播间的晚上还要帮忙整理样品。直播间在杭州滨江区一栋写字楼的5楼，有电梯，入口和卫生间都没有台阶，隔壁有一间安静的休息室。上岗前先跟两场直播。每小时25到35元，月底结算。本岗位不缴纳社保，在直播间工作的晚上由公司购买意外险。",
    description_en:
      "Streams usually run from 7 to 11 pm. From the back end you reply to viewers' comments, put products and coupons live in order, and send the host text prompts for what comes next. On home evenings you only handle comments; in the studio you also help sort the samples. The studio is on the fifth floor of an office building in Binjiang, Hangzhou, with a lift, a step-free entrance and toilets, and a quiet room next door. You'll shadow two streams before you start. Pay is ¥25–35 an hour, settled at the end of each month. There's no social insurance; on studio evenings you're covered by the company's accident insurance.",
    how_to_apply_zh:
      "在无碍就业申请后，我们会请你在后台旁观一场直播，再用文字聊一聊。不收任何费用。",
    how_to_apply_en:
      "After you apply on AccessWork, we'll invite you to watch one stream from behind the scenes, then chat by text. No fees.",
    work_arrangement: "hybrid", remote_anywhere: false, province: "浙江", city: "杭州",
    employment_form: "flexible", hours_min: 12, hours_max: 20, schedule: "fixed",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: true, quiet_space: true,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 2500, pay_max_minor: 3500, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 25, posted_days_ago: 5,
  },
  {
    ref: "demo-013",
    employer: "celadon-lane-ecommerce",
    partner: "shanhe-social-enterprise",
    title_zh: "带货主播（手工艺品专场）",
    title_en: "Live-stream host (handicraft sessions)",
    summary_zh:
      "在杭州直播间主持手工艺品专场，介绍陶瓷、竹编等产品。每周2–3场，每场3–4小时，每小时30–50元，另有销售提成。需要出镜。",
    summary_en:
      "Host handicraft live streams in our Hangzhou studio, presenting ceramics, bamboo weaving and other crafts. Two or three streams a week, three to four hours each, at ¥30–50 an hour plus sales commission. You'll be on camera.",
    description_zh:
      "专场的货品大多出自残疾人手艺人之手，你要讲清楚每件产品的工艺、用途和背后的手作人。开播前一天会拿到产品资料和样品；直播时助理在后台回复评论、上架商品，你专心讲解就好。直播间有电梯、无台阶，座椅和灯光可以按你的需要调整，坐着播也完全可以。每小时30到50元，按经验定，另加销售额2%的提成，月底一起结算。没有经验也可以，先试播三场，试播照常按小时付钱。本岗位不缴纳社保，公司为直播时段购买意外险。",
    description_en:
      "Most of what we sell in these sessions is made by disabled craftspeople, and you'll talk about how each piece is made, what it's for and who made it. You get product notes and samples the day before, and during the stream an assistant handles comments and listings so you can focus on presenting. The studio has a lift and no steps; seating and lighting can be set up to suit you, and hosting sitting down is absolutely fine. Pay is ¥30–50 an hour depending on experience, plus 2% of sales, paid together at the end of the month. No experience is needed: you'll start with three trial streams, paid at the normal hourly rate. No social insurance is included; the company buys accident cover for streaming hours.",
    how_to_apply_zh:
      "在无碍就业申请，附一段一分钟的自我介绍视频，或写几句话都可以。之后我们约你来直播间试镜。不收任何费用，也不会要求你购买任何课程。",
    how_to_apply_en:
      "Apply on AccessWork with a one-minute video or a few written lines about yourself, whichever you prefer. We'll then invite you to a screen test at the studio. There are no fees, and you'll never be asked to buy a course.",
    work_arrangement: "on_site", remote_anywhere: false, province: "浙江", city: "杭州",
    employment_form: "flexible", hours_min: 6, hours_max: 12, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: true,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: true, quiet_space: true,
    training_provided: true, mentor_support: true, trial_period: true,
    pay_min_minor: 3000, pay_max_minor: 5000, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 20, posted_days_ago: 11,
  },
  {
    ref: "demo-014",
    employer: "celadon-lane-ecommerce",
    partner: "shanhe-social-enterprise",
    title_zh: "电商运营专员（全职远程）",
    title_en: "E-commerce operations specialist (full-time, remote)",
    summary_zh:
      "全职远程负责两家网店的日常运营：上新、报名活动、复盘数据。月薪5500–7500元，缴纳五险一金。团队用钉钉沟通，会议都开字幕。",
    summary_en:
      "A full-time remote role running two of our online shops day to day: new listings, sales campaigns and the weekly numbers. ¥5,500–7,500 a month with social insurance and housing fund. The team works in DingTalk, and every meeting is captioned.",
    description_zh:
      "你负责两家店的商品上新、标题和详情页优化、平台活动报名，以及每周的销售数据复盘。每天上午10点到下午4点是核心在线时间，其余时间自己安排，每周合计40小时。团队用钉钉沟通，文档和表格也都在钉钉里，常用流程我们已用NVDA测试过；开会时打开实时字幕，会后发文字纪要。需要一年以上电商运营经验，熟悉至少一个主流平台的商家后台。试用期三个月，工资不打折。不论你住在哪里，社保和公积金都按杭州标准缴纳。",
    description_en:
      "You'll look after new listings, titles and product pages, sign-ups for platform sales, and a weekly review of the sales figures for two shops. Core online hours are 10 am to 4 pm; the rest of your 40-hour week is yours to arrange. The team works in DingTalk, documents and spreadsheets included, and we've tested the everyday workflows with NVDA. Meetings have live captions, followed by written minutes. You need at least a year in e-commerce operations and to know the seller back end of at least one major platform. Probation is three months on full pay. Social insurance and the housing fund are paid at Hangzhou rates wherever you live.",
    how_to_apply_zh:
      "在无碍就业申请，简单写写你运营过的店铺和成绩。面试两轮，每轮都可以选文字或带字幕的视频。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork with a short account of the shops you've run. There are two interview rounds, each by text or captioned video, your choice. No fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "full_time", hours_min: 40, hours_max: 40, schedule: "flexible",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: true,
    screen_reader_tested: true, screen_reader_tools: ["钉钉 + NVDA"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: false, mentor_support: true, trial_period: true,
    pay_min_minor: 550000, pay_max_minor: 750000, pay_unit: "month",
    social_insurance: true, medical_insurance: true, housing_fund: true,
    status: "published", deadline_in_days: 45, posted_days_ago: 7,
  },
  {
    ref: "demo-015",
    employer: "celadon-lane-ecommerce",
    partner: "shanhe-social-enterprise",
    title_zh: "商品详情页文案（按件计酬）",
    title_en: "Product copywriter (paid per listing)",
    summary_zh:
      "在家为手工艺品和家居用品写商品标题和详情页文案。按件计酬，每件15–40元，什么时候写由你安排。全程文字沟通。",
    summary_en:
      "Write product titles and page copy for handicrafts and homeware, from home. Paid per listing, ¥15–40 each, written whenever suits you. All contact is by text.",
    description_zh:
      "每件商品都附有工艺说明、尺寸和材质，你据此写一个标题、三到五条卖点和一段两三百字的介绍。我们特别需要会写图片文字描述的人，让读屏用户也能知道商品长什么样。普通商品每件15元，需要查资料的手作品每件最高40元。每周发一批，通常10到20件，三天内交稿。编辑逐件审稿，一次以内的修改包含在稿费里，不符合要求的退回重写。需要电脑和扎实的中文写作能力。不缴纳社保，每月5日结算上个月的稿费。",
    description_en:
      "Each product comes with notes on how it's made, its size and its materials. From these you write a title, three to five selling points and a short description of about 200–300 characters. We especially want people who can write good image descriptions, so screen-reader users know what a product looks like. Ordinary items pay ¥15 each; handmade pieces that need some research pay up to ¥40. A batch of 10–20 items goes out each week and is due within three days. An editor reviews every listing; one round of changes is included in the fee, and anything that misses the brief comes back for a rewrite. You need a computer and confident written Chinese. There's no social insurance; last month's fees are paid on the 5th.",
    how_to_apply_zh:
      "在无碍就业申请后，我们会发两件样品请你试写，试写按正常稿费付。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork and we'll send two sample products to write up; samples are paid at the normal rate. We never charge fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "piecework", hours_min: 3, hours_max: 12, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: false, mentor_support: true, trial_period: true,
    pay_min_minor: 1500, pay_max_minor: 4000, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: null, posted_days_ago: 16,
  },
  {
    ref: "demo-016",
    employer: "celadon-lane-ecommerce",
    partner: "shanhe-social-enterprise",
    title_zh: "售后客服组长（全职远程）",
    title_en: "After-sales customer service lead (full-time, remote)",
    summary_zh:
      "全职远程带领6人的售后客服小组，处理复杂的退款和投诉。月薪5000–6500元，缴纳五险一金。",
    summary_en:
      "Lead a six-person after-sales customer service team, full-time and remote, handling the harder refunds and complaints. ¥5,000–6,500 a month with social insurance and housing fund.",
    description_zh:
      "你负责排班、抽查聊天记录、处理升级上来的退款和投诉，每周把常见问题整理成清单交给运营。工作时间是每天9点到6点，午休一小时，周末轮休。客服工作台已用NVDA和争渡读屏测试，团队例会开实时字幕。需要两年以上电商客服经验，带过团队的优先。试用期三个月，社保和公积金按杭州标准缴纳。",
    description_en:
      "You'll plan shifts, review chat logs, take on refunds and complaints that get escalated, and send operations a weekly list of recurring problems. Hours are 9 to 6 with an hour for lunch, and weekends are on a rota. The chat workbench has been tested with NVDA and Zhengdu, and team meetings have live captions. You need two years in e-commerce customer service; team-lead experience is a plus. Probation is three months, and social insurance and the housing fund are paid at Hangzhou rates.",
    how_to_apply_zh: "在无碍就业申请，面试可以全程打字。不收任何费用。",
    how_to_apply_en: "Apply on AccessWork; the interview can be done entirely by typed chat. No fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "full_time", hours_min: 40, hours_max: 40, schedule: "fixed",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: true,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: false, mentor_support: false, trial_period: true,
    pay_min_minor: 500000, pay_max_minor: 650000, pay_unit: "month",
    social_insurance: true, medical_insurance: true, housing_fund: true,
    status: "pending_review", deadline_in_days: 45, posted_days_ago: 0,
  },
  {
    ref: "demo-017",
    employer: "celadon-lane-ecommerce",
    partner: "shanhe-social-enterprise",
    title_zh: "开自己的网店（一件代发扶持）",
    title_en: "Start your own online shop (drop-shipping support)",
    summary_zh:
      "我们提供货源、培训和一对一辅导，帮你开一家自己的网店：不用囤货，不交加盟费。收入取决于销量，往期学员开店半年后每月大约2000–5000元。",
    summary_en:
      "We provide the stock, training and one-to-one coaching to help you open your own online shop, with no inventory to buy and no franchise fee. Income depends on sales; past participants were making roughly ¥2,000–5,000 a month after six months.",
    description_zh:
      "网店开在你自己名下。你从我们的货源库里选品，顾客下单后由我们直接发货，你负责上架、回复顾客和做推广。前四周每周两次线上课，讲开店流程、选品、客服和平台规则；之后每两周和辅导老师一对一沟通一次，持续半年。我们按成本价供货，利润全部归你；不收加盟费、保证金或培训费，也不会要求你买任何东西。开店要用本人身份证实名认证，平台自己的保证金规则以平台为准，辅导老师会帮你算清楚。头几个月的收入可能很少，请想清楚再来。合作社会企业可以帮你办理个体工商户登记，并以灵活就业人员身份缴纳养老和医疗保险。",
    description_en:
      "The shop is yours, in your name. You choose products from our catalogue, we ship directly when customers order, and you handle listings, customer messages and promotion. For the first four weeks there are two online classes a week on setting up, choosing products, customer service and platform rules; after that you meet your coach one-to-one every two weeks for six months. We supply at cost and the profit is all yours. We charge no franchise fee, deposit or training fee, and we'll never ask you to buy anything. You'll verify the shop with your own ID, and the platform may have its own deposit rules; your coach will work through the numbers with you. Income in the first months can be very low, so think it over before you start. Our partner social enterprise can help you register as a sole trader and pay into pension and medical insurance as a flexible worker.",
    how_to_apply_zh:
      "在无碍就业报名后，我们会约你做一次文字或语音的了解谈话，讲清楚大概能挣多少、要花多少时间。全程免费。",
    how_to_apply_en:
      "Sign up on AccessWork and we'll arrange an introductory chat, by text or voice, about what you might earn and how much time it takes. It's free from start to finish.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "self_employment", hours_min: 10, hours_max: 30, schedule: "flexible",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 200000, pay_max_minor: 500000, pay_unit: "month",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 60, posted_days_ago: 21,
  },

  // ---------------------------------------------- 深圳声景软件测试 / Shengjing
  {
    ref: "demo-018",
    employer: "shengjing-qa",
    partner: "tingsong-at-training-centre",
    title_zh: "信息无障碍测试员（读屏用户）",
    title_en: "Accessibility tester (screen-reader users)",
    summary_zh:
      "用读屏软件测试网站和手机应用，记下哪里用不了、为什么用不了。远程，每周10–20小时，时间灵活，每小时40–60元。欢迎日常使用读屏软件的朋友。",
    summary_en:
      "Use screen readers to test websites and mobile apps, and write down what doesn't work and why. Remote, 10–20 hours a week at times that suit you, ¥40–60 an hour. Everyday screen-reader users are especially welcome.",
    description_zh:
      "你会按测试清单，用电脑上的NVDA、争渡读屏，或手机上的保益读屏、VoiceOver、TalkBack，逐项检查客户的网站和应用：按钮有没有名称，表单能不能填完，验证码能不能通过，焦点会不会乱跳。发现问题就在测试平台上写一条报告，写明操作步骤和读屏实际读出的内容。第一个月由资深测试员一对一带教，同时学习WCAG和国家信息无障碍标准的基础知识。测试平台本身就由读屏用户天天在用，提交报告全程可以用键盘完成。需要自备电脑和智能手机，能熟练使用至少一种读屏软件。每小时40元起，能独立负责整个项目后涨到60元。按项目签劳务协议，不缴纳社保。",
    description_en:
      "Working from a checklist, you'll go through clients' websites and apps with NVDA or Zhengdu on a computer, or Baoyi (保益读屏), VoiceOver or TalkBack on a phone, checking whether every button has a name, whether forms can be completed, whether the CAPTCHA can be passed and whether focus jumps around. Each problem becomes a report in our test tracker, with the steps you took and exactly what the screen reader said. In your first month a senior tester coaches you one-to-one, and you learn the basics of WCAG and the Chinese accessibility standards. Screen-reader users work in the tracker every day, and reports can be filed entirely from the keyboard. You need your own computer and smartphone and to be fluent with at least one screen reader. Pay starts at ¥40 an hour and rises to ¥60 once you can run a whole project yourself. You work under a per-project service agreement with no social insurance.",
    how_to_apply_zh:
      "在无碍就业申请后，我们会发一个小网站请你测20分钟，再用文字聊聊你的发现。不收任何费用。",
    how_to_apply_en:
      "Once you've applied on AccessWork, we'll send you a small website to test for 20 minutes, then talk through what you found by text. No fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 10, hours_max: 20, schedule: "flexible",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏", "保益读屏", "VoiceOver", "TalkBack"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: true,
    pay_min_minor: 4000, pay_max_minor: 6000, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 40, posted_days_ago: 3,
  },
  {
    ref: "demo-019",
    employer: "shengjing-qa",
    partner: "tingsong-at-training-centre",
    title_zh: null,
    title_en: "Accessibility tester for English-language apps",
    summary_zh: null,
    summary_en:
      "Test English-language websites and apps with a screen reader and write clear bug reports in English. Remote and asynchronous, 5–15 hours a week, at ¥50–60 an hour.",
    description_zh: null,
    description_en:
      "Some of our clients are overseas companies whose products have to work with NVDA, JAWS, VoiceOver and TalkBack. You'll work through their test plans, check against WCAG 2.2, and write bug reports in English that a developer can act on: what you did, what you expected and what the screen reader actually announced. Projects arrive every few weeks, each with a deadline of about a week, so you decide when to do the work. You should be a confident daily screen-reader user who writes clear English; we'll teach you the WCAG side if it's new to you. There's a paid two-hour induction, and a senior tester reviews your first three reports. Pay is ¥50 an hour, or ¥60 once you've completed our WCAG training, under a service agreement with no social insurance.",
    how_to_apply_zh: null,
    how_to_apply_en:
      "Apply on AccessWork and we'll send a short practice test. You'll hear back within a week by message. We never charge fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 5, hours_max: 15, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "JAWS", "VoiceOver", "TalkBack"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 5000, pay_max_minor: 6000, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 50, posted_days_ago: 10,
  },
  {
    ref: "demo-020",
    employer: "shengjing-qa",
    partner: "tingsong-at-training-centre",
    title_zh: "软件测试工程师（功能测试，全职远程）",
    title_en: "Software tester (functional testing, full-time, remote)",
    summary_zh:
      "全职远程做手机应用和网站的功能测试：写测试用例、提交缺陷、跟进修复。月薪6000–9000元，缴纳五险一金。团队里有好几位读屏用户。",
    summary_en:
      "Full-time remote functional testing of apps and websites: write test cases, log bugs and follow them through to a fix. ¥6,000–9,000 a month with social insurance and housing fund. Several people on the team use screen readers.",
    description_zh:
      "你会参与客户项目从需求评审到上线的整个测试过程：编写测试用例，执行功能测试和回归测试，在缺陷管理系统里提交问题并跟进修复。工作日9点到6点，中间休息一小时，不要求加班；上线前偶尔需要调整时间，会提前一周通知。日常沟通用钉钉，团队常用的钉钉流程和缺陷管理系统都已用NVDA测试过；评审会议开实时字幕，并有文字纪要。需要一年以上测试经验，或计算机相关专业毕业。有需要的话，公司可以配点显器或大屏显示器。试用期三个月，工资按八折发放；五险一金按深圳标准从入职第一天起缴纳。",
    description_en:
      "You'll test client projects from requirements review through to release: writing test cases, running functional and regression tests, and logging bugs in our tracker and following them up. Hours are 9 to 6 on weekdays with an hour's break, and overtime isn't expected; around a release you may occasionally need to shift your hours, with a week's notice. Day-to-day communication is in DingTalk, and we've tested the team's usual DingTalk workflows and the bug tracker with NVDA. Review meetings have live captions and written minutes. You need a year of testing experience or a degree in computing. We can provide a braille display or a large monitor if you need one. Probation is three months at 80% pay; social insurance and the housing fund are paid at Shenzhen rates from your first day.",
    how_to_apply_zh:
      "在无碍就业申请并附上简历。笔试在线完成，面试可以选文字或带字幕的视频。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork with your CV. The written test is online, and the interview can be by text or captioned video. No fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "full_time", hours_min: 40, hours_max: 40, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: true,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "钉钉 + NVDA"],
    assistive_devices_provided: true, step_free_workplace: false, quiet_space: false,
    training_provided: false, mentor_support: true, trial_period: true,
    pay_min_minor: 600000, pay_max_minor: 900000, pay_unit: "month",
    social_insurance: true, medical_insurance: true, housing_fund: true,
    status: "published", deadline_in_days: 60, posted_days_ago: 18,
  },
  {
    ref: "demo-021",
    employer: "shengjing-qa",
    partner: "tingsong-at-training-centre",
    title_zh: "手机应用众测（按有效缺陷计酬）",
    title_en: "Mobile app crowd testing (paid per confirmed bug)",
    summary_zh:
      "用自己的手机测试新版应用，发现问题就提交。每个被确认的有效缺陷20–80元，没有最低工作量，时间完全自己安排。",
    summary_en:
      "Test new app releases on your own phone and report the problems you find. Each confirmed bug pays ¥20–80. There's no minimum workload, and when you work is entirely up to you.",
    description_zh:
      "每个众测任务会写明要测的应用、版本和重点功能，一般开放三到五天。你用自己的安卓手机或苹果手机照着测，发现闪退、显示错误、读屏读不出来之类的问题，就在众测平台上提交，附上操作步骤和截图或录屏。缺陷经测试组长确认有效后计酬：一般问题20元，影响读屏使用或导致无法完成操作的严重问题最高80元；重复提交或无法复现的不计酬。众测平台已用TalkBack、保益读屏和VoiceOver测试过。因为按结果付费，收入很不稳定，比较适合当作补充收入。每月15日结算，不缴纳社保。",
    description_en:
      "Each crowd test names the app, the version and the features to focus on, and usually stays open for three to five days. You work through it on your own Android phone or iPhone, and when you find a crash, a display error or something a screen reader can't read, you file it on the crowd-testing platform with the steps and a screenshot or screen recording. You're paid once the test lead confirms the bug: ¥20 for an ordinary problem, up to ¥80 for a serious one that blocks a task or breaks screen-reader use. Duplicates and bugs that can't be reproduced aren't paid. The platform itself has been tested with TalkBack, Baoyi and VoiceOver. Because pay depends on results, income is very uneven, so treat it as a top-up. Payment is on the 15th of each month, with no social insurance.",
    how_to_apply_zh:
      "在无碍就业申请时写上你的手机型号，审核通过后会收到众测平台的邀请。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork and include your phone model; once approved, you'll get an invitation to the testing platform. No fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "piecework", hours_min: 1, hours_max: 10, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["TalkBack", "保益读屏", "VoiceOver"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: false, trial_period: false,
    pay_min_minor: 2000, pay_max_minor: 8000, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: null, posted_days_ago: 22,
  },
  {
    ref: "demo-022",
    employer: "shengjing-qa",
    partner: "tingsong-at-training-centre",
    title_zh: "无障碍测试实习生（深圳，3个月）",
    title_en: "Accessibility testing intern (Shenzhen, 3 months)",
    summary_zh:
      "三个月带薪实习，跟着资深测试员学做信息无障碍测试。每周3天在深圳南山办公室，其余时间在家，每月补贴3000–3500元。适合在校生和应届毕业生。",
    summary_en:
      "A three-month paid internship learning accessibility testing alongside senior testers. Three days a week in our Nanshan office in Shenzhen, the rest from home, with an allowance of ¥3,000–3,500 a month. Suits students and recent graduates.",
    description_zh:
      "实习期间你会学习WCAG和国家信息无障碍标准，参与两到三个真实客户项目，从写测试记录开始，逐步做到独立出报告。每人有一位固定导师，每周一对一反馈一次。办公室在南山区一栋写字楼的12楼，有无障碍电梯和卫生间，盲道从地铁口一直铺到楼下，另有一间安静的休息室。工位电脑装有NVDA和争渡读屏，测试用的苹果设备开着VoiceOver，也可以借用点显器。每周工作24到32小时，可以配合上课时间安排。补贴每月3000到3500元，公司购买实习意外险，不缴纳社保。表现好的，实习结束后可以转正。",
    description_en:
      "You'll learn WCAG and the Chinese accessibility standards and work on two or three real client projects, starting with test notes and building up to writing reports on your own. Every intern has a named mentor and a weekly one-to-one. The office is on the 12th floor of a building in Nanshan, with an accessible lift and toilets, tactile paving from the metro exit to the door, and a quiet room. Desk computers have NVDA and Zhengdu, the Apple test devices run VoiceOver, and you can borrow a braille display. You work 24–32 hours a week, arranged around your classes. The allowance is ¥3,000–3,500 a month, and you're covered by intern accident insurance, though not social insurance. Interns who do well may be offered a permanent job at the end.",
    how_to_apply_zh:
      "在无碍就业申请，在校生请注明毕业时间。面试可以来办公室，也可以全程打字。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork; if you're a student, tell us when you graduate. The interview can be at the office or entirely by typed chat. No fees.",
    work_arrangement: "hybrid", remote_anywhere: false, province: "广东", city: "深圳",
    employment_form: "training", hours_min: 24, hours_max: 32, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏", "VoiceOver"],
    assistive_devices_provided: true, step_free_workplace: true, quiet_space: true,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 300000, pay_max_minor: 350000, pay_unit: "month",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 28, posted_days_ago: 8,
  },
  {
    ref: "demo-023",
    employer: "shengjing-qa",
    partner: "tingsong-at-training-centre",
    title_zh: "读屏测试入门训练营（线上，6周）",
    title_en: null,
    summary_zh:
      "6周线上训练营，由听松培训中心和声景测试合办，教读屏用户做信息无障碍测试。每周两次语音直播课，另做练习任务，练习按每小时20–25元计酬。学费全免。",
    summary_en: null,
    description_zh:
      "训练营面向已经能熟练使用读屏软件的视障朋友，从WCAG的基本概念讲起，一直讲到独立写出一份测试报告。每周二、周五下午3点上语音直播课，每次一个半小时，课后有文字讲义和录音。课程平台已用NVDA、争渡读屏和手机上的保益读屏测试过。从第二周起，每周做3到4小时真实网站的练习测试，由声景的测试员批改，按每小时20到25元计酬。结业考核合格的学员可以进入声景的测试员人才库，优先接项目。训练营不收学费、资料费或押金；如果有人以这门课的名义向你收钱，请在无碍就业上举报。",
    description_en: null,
    how_to_apply_zh:
      "在无碍就业报名即可，每期30人。开课前一周，工作人员会发文字消息联系你，帮你把课程平台调试好。",
    how_to_apply_en: null,
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "training", hours_min: 6, hours_max: 8, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏", "保益读屏"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 2000, pay_max_minor: 2500, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 18, posted_days_ago: 4,
  },

  // ---------------------------------------------- 北京安语云客服 / Anyu Cloud
  {
    ref: "demo-024",
    employer: "anyu-customer-service",
    partner: "mingtu-employment-centre",
    title_zh: "在线客服专员（文字，全国可远程）",
    title_en: "Online customer service agent (text chat, remote)",
    summary_zh:
      "在家用文字回答用户关于水电燃气缴费的问题。每周10–15小时，班次自选，每小时22–28元。全国可远程，面试和工作都可以只用文字。",
    summary_en:
      "Answer people's questions about paying water, power and gas bills online, by text chat from home. 10–15 hours a week in shifts you choose, at ¥22–28 an hour. Open to anyone in China, and both the interview and the work can be done entirely in writing.",
    description_zh:
      "我们为一家线上生活缴费平台做在线客服。常见问题是缴费没到账、发票怎么开、户号怎么查，知识库里都有写好的答案。班次每段2到4小时，从早上8点到晚上10点都有，你在每周的排班表里自己选，每周合计10到15小时。客服系统网页版已用NVDA和争渡读屏测试，所有按钮都有名称，只用键盘就能完成接待。上岗前有6小时线上培训，按每小时22元照常计酬；第一个月有带教老师在文字群里随时答疑。服务质量稳定后，时薪涨到28元。本岗位不缴纳社保。",
    description_en:
      "We run the online customer service for a bill-payment platform. The usual questions are payments that haven't shown up, how to get an invoice and how to find an account number, and the knowledge base has written answers for all of them. Shifts of two to four hours run from 8 am to 10 pm; you pick yours on the weekly rota, 10–15 hours in total. The web chat system has been tested with NVDA and Zhengdu: every button is labelled, and you can handle a whole conversation from the keyboard. Before you start there are six hours of online training, paid at ¥22 an hour, and for the first month a coach answers questions in a text group whenever you need. Once your quality scores are steady, the rate rises to ¥28. No social insurance is included.",
    how_to_apply_zh:
      "在无碍就业申请，面试是一次20分钟的文字模拟接待。申请时不需要提供残疾证，我们也不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork. The interview is a 20-minute practice chat in writing. You don't need a disability certificate to apply, and we never charge fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 10, hours_max: 15, schedule: "flexible",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 2200, pay_max_minor: 2800, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 30, posted_days_ago: 0,
  },
  {
    ref: "demo-025",
    employer: "anyu-customer-service",
    partner: "mingtu-employment-centre",
    title_zh: "全职在线客服（远程，五险一金）",
    title_en: "Online customer service (full-time, remote)",
    summary_zh:
      "全职在家做在线客服，用文字处理电商订单咨询和售后问题。月薪4500–5500元，签劳动合同，缴纳五险一金。客服工作台和内部钉钉群都能用读屏软件操作。",
    summary_en:
      "Full-time online customer service from home, handling order questions and after-sales by text chat. ¥4,500–5,500 a month on an employment contract, with social insurance and housing fund. The chat workbench and our DingTalk groups both work with screen readers.",
    description_zh:
      "你在客服工作台上同时接待2到3位顾客，处理订单、物流、退换货和投诉。每天工作8小时，早班9点到6点，晚班1点到10点，每月排一次班，可以申请固定早班。工作台和钉钉的常用流程都已用NVDA和争渡读屏测试过；团队周会开字幕，会后发文字纪要。需要的话，公司可以提供大屏显示器、降噪耳机等设备。试用期两个月，工资不打折。签劳动合同，社保和公积金按北京标准缴纳。",
    description_en:
      "You'll look after two or three customers at a time in the chat workbench, handling orders, deliveries, returns and complaints. Days are eight hours: an early shift from 9 to 6 or a late one from 1 to 10. The rota is set monthly, and you can ask to stay on early shifts. The workbench and our everyday DingTalk workflows have been tested with NVDA and Zhengdu, and the weekly team meeting is captioned, with written minutes afterwards. If you need them, we provide things like a large monitor or a noise-cancelling headset. Probation is two months on full pay. You get an employment contract, with social insurance and the housing fund paid at Beijing rates.",
    how_to_apply_zh:
      "在无碍就业申请，面试全程打字。如果需要调整面试时间或其他便利，在申请里写一句就行。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork; the interview is entirely by typed chat. If you need a different time or any other adjustment, just say so in your application. No fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "full_time", hours_min: 40, hours_max: 40, schedule: "fixed",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: true,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏", "钉钉 + NVDA"],
    assistive_devices_provided: true, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: true,
    pay_min_minor: 450000, pay_max_minor: 550000, pay_unit: "month",
    social_insurance: true, medical_insurance: true, housing_fund: true,
    status: "published", deadline_in_days: 45, posted_days_ago: 5,
  },
  {
    ref: "demo-026",
    employer: "anyu-customer-service",
    partner: "mingtu-employment-centre",
    title_zh: "电话回访专员（海淀办公点）",
    title_en: "Phone follow-up agent (Haidian office)",
    summary_zh:
      "在北京海淀的办公室打电话回访用户，了解满意度并记录问题。每周5天、每天8小时，月薪5000–6000元，缴纳五险一金。工位电脑已装好读屏软件。",
    summary_en:
      "Call customers from our Haidian office in Beijing, ask how their service went and log any problems. Five eight-hour days a week, ¥5,000–6,000 a month with social insurance and housing fund. Desk computers come with screen readers installed.",
    description_zh:
      "你每天回访大约60到80位用户，按问卷询问满意度，把问题记进工单系统，复杂情况转给相关部门。这份工作主要靠打电话，需要说话清楚，也要能正常通话。工位电脑装有争渡读屏和NVDA，工单系统已逐页测试过，已经有视障同事在这个岗位上做了两年多。办公室在海淀区一栋写字楼的3楼，有无障碍电梯和卫生间，工位之间的通道较宽，另有一间安静的休息室。上班时间9点到6点，周末双休。试用期两个月，工资不打折，五险一金按北京标准缴纳。",
    description_en:
      "Each day you'll call around 60–80 customers, take them through a short satisfaction survey, log problems in the ticket system and pass complicated cases on to the right team. The job is mostly phone calls, so you need to speak clearly and be comfortable on the phone. Desk computers run Zhengdu and NVDA, the ticket system has been tested page by page, and blind colleagues have done this job for over two years. The office is on the third floor of a building in Haidian, with an accessible lift and toilets, wide aisles between desks and a quiet room. Hours are 9 to 6, Monday to Friday. Probation is two months on full pay, and social insurance and the housing fund are paid at Beijing rates.",
    how_to_apply_zh:
      "在无碍就业申请后，我们会约你来办公室面试，并试打两通模拟电话。来一趟不方便的，可以先电话面试。不收任何费用。",
    how_to_apply_en:
      "After you apply on AccessWork, we'll invite you to the office for an interview and two practice calls. If the trip is difficult, we can start with a phone interview. No fees.",
    work_arrangement: "on_site", remote_anywhere: false, province: "北京", city: "海淀区",
    employment_form: "full_time", hours_min: 40, hours_max: 40, schedule: "fixed",
    text_only_possible: false, phone_required: true, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["争渡读屏", "NVDA"],
    assistive_devices_provided: true, step_free_workplace: true, quiet_space: true,
    training_provided: true, mentor_support: true, trial_period: true,
    pay_min_minor: 500000, pay_max_minor: 600000, pay_unit: "month",
    social_insurance: true, medical_insurance: true, housing_fund: true,
    status: "published", deadline_in_days: 30, posted_days_ago: 13,
  },
  {
    ref: "demo-027",
    employer: "anyu-customer-service",
    partner: "mingtu-employment-centre",
    title_zh: "夜班在线客服（文字，22点–2点）",
    title_en: null,
    summary_zh:
      "晚上在家用文字接待网购顾客，每班4小时，从晚上10点到凌晨2点。每周2–3个夜班，每小时26–32元，比白班高。适合白天要上课、治疗或照顾家人的人。",
    summary_en: null,
    description_zh:
      "夜班的咨询量比白天少，主要是查物流、改地址和催发货；偶尔遇到投诉，记录下来交给第二天的白班处理。你需要在晚上10点准时上线，下线前写一份简短的交接记录。客服系统网页版已用NVDA和争渡读屏测试过。第一次上夜班前，有白天的线上培训和两次跟班，照常按时薪计酬。夜班每小时26元，连续三个月评分达标后涨到32元。本岗位不缴纳社保；不少地方的残联对灵活就业的残疾人有社保补贴，可以向当地残联问一问。",
    description_en: null,
    how_to_apply_zh: "在无碍就业申请，面试用文字进行，大约20分钟。我们不收任何押金或培训费。",
    how_to_apply_en: null,
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 8, hours_max: 12, schedule: "fixed",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 2600, pay_max_minor: 3200, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 20, posted_days_ago: 2,
  },
  {
    ref: "demo-028",
    employer: "anyu-customer-service",
    partner: "mingtu-employment-centre",
    title_zh: "客服培训生（带薪，北京海淀）",
    title_en: "Customer service trainee (paid, Haidian, Beijing)",
    summary_zh:
      "一个月带薪培训，学习在线客服和电话客服的基本功，结业后可以留下工作。前两周在海淀办公室上课，后两周在家跟班，每月补贴2500–3000元。本期报名已截止。",
    summary_en:
      "A paid one-month traineeship in online and phone customer service, with the chance to stay on afterwards. Two weeks of classes in our Haidian office, then two weeks shadowing from home, with an allowance of ¥2,500–3,000 a month. Applications for this intake have closed.",
    description_zh:
      "课程包括客服系统操作、沟通技巧、常见业务规则和投诉处理，每天上午上课，下午练习。办公室有无障碍电梯和卫生间，另有一间安静的休息室，工位电脑装有争渡读屏和NVDA。后两周回家，跟着老员工做真实接待。考核合格的学员可以签全职或兼职合同。培训期间按月发补贴，公司购买意外险，不缴纳社保。本期报名已截止，下一期开班时会重新发布。",
    description_en:
      "The course covers the chat system, communication skills, common business rules and handling complaints, with classes in the morning and practice in the afternoon. The office has an accessible lift and toilets and a quiet room, and desk computers run Zhengdu and NVDA. For the last two weeks you work from home, shadowing experienced staff on real conversations. Trainees who pass the final assessment can sign a full-time or part-time contract. The allowance is paid monthly, and you're covered by accident insurance, though not social insurance. This intake has closed; the next one will be posted when it opens.",
    how_to_apply_zh: "本期报名已截止。你可以在无碍就业上关注安语云客服，下一期开班时会通知你。",
    how_to_apply_en: "This intake has closed. Follow Anyu on AccessWork to hear when the next one opens.",
    work_arrangement: "hybrid", remote_anywhere: false, province: "北京", city: "海淀区",
    employment_form: "training", hours_min: 30, hours_max: 35, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["争渡读屏", "NVDA"],
    assistive_devices_provided: false, step_free_workplace: true, quiet_space: true,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 250000, pay_max_minor: 300000, pay_unit: "month",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: -3, posted_days_ago: 35,
  },

  // ---------------------------------------------- 武汉清渠内容 / Qingqu Content
  {
    ref: "demo-029",
    employer: "qingqu-content",
    partner: "mingtu-employment-centre",
    title_zh: "内容审核员（图文，远程）",
    title_en: "Content moderator (text and images, remote)",
    summary_zh:
      "在家审核社区平台上的帖子、评论和图片，判断是否违规。每周10–20小时，班次自选，每小时22–30元。全程可以用文字沟通。",
    summary_en:
      "Review posts, comments and images on a community platform from home and decide whether they break the rules. 10–20 hours a week in shifts you choose, at ¥22–30 an hour. All contact can be in writing.",
    description_zh:
      "你在审核后台逐条查看用户发布的帖子、评论和图片，对照规则选择通过、删除或转人工复核。规则写在一本详细的手册里，新人先上三天线上培训，考试通过后上岗。审核时会看到一些令人不适的内容，比如暴力或低俗图片；我们定期轮换任务，你也可以随时申请只做文字审核，公司提供免费的线上心理咨询。审核后台还没有做过读屏软件测试，图片审核需要看清图片。每周在排班表里选班，每班3到4小时。每小时22元起，准确率稳定后最高30元。本岗位不缴纳社保。",
    description_en:
      "In the moderation console you'll go through users' posts, comments and images one at a time and, following the rules, approve them, remove them or send them for a second review. The rules are set out in a detailed handbook; new moderators get three days of online training and start once they pass a test. Some of what you see will be upsetting, such as violent or vulgar images. We rotate tasks regularly, you can ask to work on text only at any time, and free online counselling is available. The console hasn't been tested with screen readers yet, and reviewing images requires seeing them clearly. You choose shifts of three to four hours on the weekly rota. Pay starts at ¥22 an hour and reaches ¥30 once your accuracy is steady. There's no social insurance.",
    how_to_apply_zh: "在无碍就业申请，面试用文字进行。通过后先培训再考试，考试不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork; the interview is in writing. If you're accepted, you'll train first and then take a test. None of it costs you anything.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 10, hours_max: 20, schedule: "flexible",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 2200, pay_max_minor: 3000, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 30, posted_days_ago: 3,
  },
  {
    ref: "demo-030",
    employer: "qingqu-content",
    partner: "qingyou-labour-services",
    title_zh: "内容审核员（全职，武汉光谷）",
    title_en: "Content moderator (full-time, Wuhan office)",
    summary_zh:
      "在武汉光谷的办公室做全职内容审核，早班和中班轮换，不上夜班。月薪4200–5200元，缴纳五险一金。办公区无台阶，有安静休息室。",
    summary_en:
      "Full-time content moderation at our office in Optics Valley, Wuhan, alternating early and middle shifts, with no nights. ¥4,200–5,200 a month with social insurance and housing fund. The office is step-free, with a quiet room.",
    description_zh:
      "工作和远程审核员基本一样，主要审核文字和图片，另外要参与规则更新的讨论。早班8点到5点，中班1点到10点，每两周轮换一次，每周休两天。办公室在东湖高新区一栋写字楼的6楼，有电梯，卫生间可以进轮椅；工位配大屏显示器，字号和对比度都可以调。审核会接触令人不适的内容，所以每两小时可以休息15分钟，可以去安静休息室，每月还有一次心理团体辅导。试用期两个月，工资不打折，五险一金按武汉标准缴纳。",
    description_en:
      "The work is much the same as for our remote moderators, mostly text and images, plus joining discussions when the rules change. The early shift runs 8 to 5 and the middle shift 1 to 10; they switch every two weeks, with two days off a week. The office is on the sixth floor of a building in the East Lake High-tech Zone, with a lift and a wheelchair-accessible toilet. Every desk has a large monitor, and font size and contrast can be adjusted. Because the work involves upsetting content, you can take 15 minutes' break every two hours, use the quiet room, and join a monthly group counselling session. Probation is two months on full pay; social insurance and the housing fund are paid at Wuhan rates.",
    how_to_apply_zh:
      "在无碍就业申请，我们会约你到办公点面试，也可以先做文字面试。劳务公司和用人单位都不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork and we'll invite you to an interview at the office, or a typed one first if you prefer. Neither the labour company nor the employer charges any fees.",
    work_arrangement: "on_site", remote_anywhere: false, province: "湖北", city: "武汉",
    employment_form: "full_time", hours_min: 40, hours_max: 40, schedule: "fixed",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: true, step_free_workplace: true, quiet_space: true,
    training_provided: true, mentor_support: true, trial_period: true,
    pay_min_minor: 420000, pay_max_minor: 520000, pay_unit: "month",
    social_insurance: true, medical_insurance: true, housing_fund: true,
    status: "published", deadline_in_days: 40, posted_days_ago: 14,
  },
  {
    ref: "demo-031",
    employer: "qingqu-content",
    partner: "mingtu-employment-centre",
    title_zh: "文字校对员（网文与公众号文章）",
    title_en: "Proofreader (web fiction and online articles)",
    summary_zh:
      "在家校对网络小说和公众号文章，改错别字、标点和病句。按字数计酬，每万字15–30元，在交稿期限内自己安排时间。可以用读屏软件完成。",
    summary_en:
      "Proofread web fiction and online articles from home, fixing typos, punctuation and clumsy sentences. Paid by length, ¥15–30 per 10,000 characters, on your own time within each deadline. The work can be done with a screen reader.",
    description_zh:
      "稿件都是Word文档，你在修订模式下直接改，拿不准的地方加批注。网文每万字15元，只查错别字和标点；公众号文章每万字30元，还要把句子理顺。我们有几位盲人校对员，用NVDA或争渡读屏逐字朗读来校对，质量很高。每批稿件有两到五天的期限，一周大概能拿到5万到20万字，看你的速度和质量。第一批稿件由编辑逐条复核并给你反馈。每月10日结算，不缴纳社保。",
    description_en:
      "Manuscripts come as Word documents. You correct them with tracked changes and add a comment wherever you're unsure. Web fiction pays ¥15 per 10,000 characters and covers typos and punctuation only; online articles pay ¥30 and also need sentences smoothing out. Several of our proofreaders are blind and work with NVDA or Zhengdu reading character by character, and their work is excellent. Each batch has a deadline of two to five days, and a typical week brings 50,000 to 200,000 characters depending on your speed and accuracy. An editor checks your first batch line by line and gives you feedback. Payment is on the 10th of each month, with no social insurance.",
    how_to_apply_zh: "在无碍就业申请，我们会发一篇三千字的试校稿，合格就可以开始接稿。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork and we'll send a 3,000-character test piece. Pass it and you can start taking work. No fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "piecework", hours_min: 5, hours_max: 20, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: false, mentor_support: true, trial_period: true,
    pay_min_minor: 1500, pay_max_minor: 3000, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: null, posted_days_ago: 9,
  },
  {
    ref: "demo-032",
    employer: "qingqu-content",
    partner: "mingtu-employment-centre",
    title_zh: "评论区审核员（按批计酬）",
    title_en: null,
    summary_zh:
      "在家审核新闻评论区的留言，判断能不能显示。每批300条，15–24元，随时可以领，没有最低工作量。纯文字工作，审核后台支持读屏软件。",
    summary_en: null,
    description_zh:
      "每条留言只需要做一个判断：通过、删除或转复核，规则都在一页纸的清单上。熟练后一批大约要一个小时，按内容难度计15到24元。审核后台是一个简单的网页，已用NVDA和争渡读屏测试，所有操作都有快捷键。每天早上8点放出新批次，先到先得，领完为止，所以任务量没有保证。系统会随机抽查每一批，准确率低于90%的批次不计酬。每周一结算，不缴纳社保。",
    description_en: null,
    how_to_apply_zh: "在无碍就业申请后，完成一次20条的练习就能开通账号。不收任何费用，也不用交押金。",
    how_to_apply_en: null,
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "piecework", hours_min: 2, hours_max: 15, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: false, mentor_support: false, trial_period: true,
    pay_min_minor: 1500, pay_max_minor: 2400, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 25, posted_days_ago: 7,
  },
  {
    ref: "demo-033",
    employer: "qingqu-content",
    partner: "mingtu-employment-centre",
    title_zh: "内容审核带薪培训（武汉，两周）",
    title_en: "Paid content moderation training (Wuhan, two weeks)",
    summary_zh:
      "两周带薪培训，学习内容审核的规则和工具，结业后可以签远程或办公点的岗位。第一周在武汉办公点上课，第二周在家练习，每小时补贴20元。课堂有手语翻译和实时字幕。",
    summary_en:
      "Two weeks of paid training in content moderation rules and tools, after which you can take a remote or office job with us. Week one is in our Wuhan office and week two is practice from home, paid at ¥20 an hour. Classes have a sign language interpreter and live captions.",
    description_zh:
      "第一周每天上午上课、下午练习，讲平台规则、常见违规类型和审核后台的操作。课堂配一名手语翻译，投影上同步显示实时字幕，讲义都有文字版，聋人和听力不好的学员可以放心参加。第二周在家用练习账号审核真实样本，老师在文字群里答疑。补贴按每小时20元计，结业时一次发放。上课地点在东湖高新区办公点的培训室，有电梯、无台阶，旁边就是安静休息室。结业考核通过后，可以选择远程兼职或办公点全职。培训期间公司购买意外险，不缴纳社保。",
    description_en:
      "In week one there are classes each morning and practice in the afternoons, covering the platform rules, common kinds of violation and how to use the moderation console. A sign language interpreter works in every class, live captions run on the projector screen and all handouts are in writing, so Deaf and hard-of-hearing trainees can take full part. In week two you review real samples from home on a practice account, with a trainer answering questions in a text group. The allowance is ¥20 an hour, paid in one go at the end. Classes are in the training room at our East Lake High-tech Zone office, which has a lift, no steps and a quiet room next door. Pass the final test and you can choose a remote part-time job or a full-time office job. You're covered by accident insurance during training, but not social insurance.",
    how_to_apply_zh:
      "在无碍就业报名，每期15人。报名时写明你习惯的沟通方式，我们会提前安排好。不收任何费用。",
    how_to_apply_en:
      "Sign up on AccessWork; each group has 15 places. Tell us how you prefer to communicate and we'll arrange it in advance. No fees.",
    work_arrangement: "hybrid", remote_anywhere: false, province: "湖北", city: "武汉",
    employment_form: "training", hours_min: 20, hours_max: 30, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: true, captioned_meetings: true,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: true, quiet_space: true,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 2000, pay_max_minor: 2000, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 14, posted_days_ago: 1,
  },

  // ---------------------------------------------- 成都掌心推拿 / Palm & Heart
  {
    ref: "demo-034",
    employer: "palm-heart-massage",
    partner: "tingsong-at-training-centre",
    title_zh: "推拿按摩师（成都门店，全职）",
    title_en: "Massage therapist (Chengdu clinic, full-time)",
    summary_zh:
      "在成都门店做全职推拿按摩师，底薪加按钟提成，月收入4500–8000元。每周休一天，缴纳社保和医保，暂时没有公积金。门店无台阶，排钟应用支持读屏。",
    summary_en:
      "Full-time massage therapist at our Chengdu clinic: base pay plus commission per session, ¥4,500–8,000 a month in total. One day off a week; social and medical insurance are paid, but there's no housing fund yet. The clinic is step-free, and the rota app works with screen readers.",
    description_zh:
      "门店主要做颈肩腰腿的保健推拿，客人多是附近的上班族和老人。底薪2500元，每做一个钟（60分钟）另有35到50元提成，熟练的按摩师每月大约做60到120个钟。营业时间是上午11点到晚上9点，每天轮休两小时，每周上6天班，合计44到48小时。门店全程无台阶，按摩床和通道都做了触觉标记；预约和排钟用手机应用，已用保益读屏和TalkBack测试。需要持有按摩相关的职业资格证书或培训结业证书，还没有的可以先参加我们的带教实习。试用期一个月，工资照常发。公司缴纳养老、医疗等社会保险，暂时没有公积金。",
    description_en:
      "The clinic mainly offers therapeutic massage for necks, shoulders, backs and legs, and most clients are office workers and older people from the neighbourhood. Base pay is ¥2,500, plus ¥35–50 for each 60-minute session; experienced therapists do about 60–120 sessions a month. The clinic is open 11 am to 9 pm, and you work six days a week with a two-hour break each day, 44–48 hours in all. Everything is step-free, and the treatment beds and walkways have tactile markers. Bookings and the session rota are on a phone app tested with Baoyi and TalkBack. You need a massage qualification or training certificate; if you don't have one yet, you can start with our supervised traineeship. Probation is one month on full pay. We pay social insurance, medical insurance included, but there's no housing fund for now.",
    how_to_apply_zh:
      "在无碍就业申请，也可以请残联就业服务中心帮你申请。我们会约你到店里试做一个钟，试做照常付提成。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork, or ask a disability employment centre to apply with you. We'll invite you to the clinic to give one trial session, paid at the usual commission. No fees.",
    work_arrangement: "on_site", remote_anywhere: false, province: "四川", city: "成都",
    employment_form: "full_time", hours_min: 44, hours_max: 48, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["保益读屏", "TalkBack"],
    assistive_devices_provided: true, step_free_workplace: true, quiet_space: true,
    training_provided: false, mentor_support: true, trial_period: true,
    pay_min_minor: 450000, pay_max_minor: 800000, pay_unit: "month",
    social_insurance: true, medical_insurance: true, housing_fund: false,
    status: "published", deadline_in_days: 45, posted_days_ago: 4,
  },
  {
    ref: "demo-035",
    employer: "palm-heart-massage",
    partner: "tingsong-at-training-centre",
    title_zh: "兼职按摩师（晚班和周末）",
    title_en: "Part-time massage therapist (evenings and weekends)",
    summary_zh:
      "在成都门店做兼职按摩师，每周2–3个晚班或周末班，合计12–15小时。按服务时长计酬，每小时40–60元。门店报销一半的灵活就业医保个人缴费。",
    summary_en:
      "Part-time massage therapist at our Chengdu clinic: two or three evening or weekend shifts a week, 12–15 hours in total. You're paid for time with clients, ¥40–60 an hour. We reimburse half of what you pay into flexible-worker medical insurance.",
    description_zh:
      "晚上和周末是门店最忙的时候，需要兼职按摩师补充人手。晚班从下午6点到10点，周末班从中午12点到晚上8点，每月初自己选班。服务时长按每小时40到60元计，空等的时间不计酬，但每个班保底两个钟。门店无台阶，休息室安静，排钟用的手机应用支持保益读屏和TalkBack。需要持有按摩相关证书。兼职不缴纳社保；如果你以灵活就业人员身份参加了职工医保，门店每月报销一半的个人缴费。",
    description_en:
      "Evenings and weekends are our busiest times, and we need part-time therapists to help. Evening shifts run 6 to 10 pm and weekend shifts noon to 8 pm; you choose yours at the start of each month. Time spent treating clients is paid at ¥40–60 an hour. Waiting time isn't paid, but every shift is guaranteed at least two sessions. The clinic is step-free with a quiet rest room, and the rota app works with Baoyi and TalkBack. You need a massage qualification. Part-time work comes without social insurance, but if you've joined employee medical insurance as a flexible worker, we reimburse half your monthly contribution.",
    // Posted without its own "how to apply" text, as many are: the page then says to apply online
    // or to contact the partner that posted it (opening.howToApplyDefault).
    how_to_apply_zh: null,
    how_to_apply_en: null,
    work_arrangement: "on_site", remote_anywhere: false, province: "四川", city: "成都",
    employment_form: "flexible", hours_min: 12, hours_max: 15, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["保益读屏", "TalkBack"],
    assistive_devices_provided: false, step_free_workplace: true, quiet_space: true,
    training_provided: false, mentor_support: false, trial_period: true,
    pay_min_minor: 4000, pay_max_minor: 6000, pay_unit: "hour",
    social_insurance: false, medical_insurance: true, housing_fund: false,
    status: "published", deadline_in_days: 30, posted_days_ago: 10,
  },
  {
    ref: "demo-036",
    employer: "palm-heart-massage",
    partner: "tingsong-at-training-centre",
    title_zh: "上门推拿按摩师（成都，按次计酬）",
    title_en: null,
    summary_zh:
      "给成都城区行动不便的老人和残疾人上门做保健推拿。每次60分钟，你拿60–80元，接多少单自己决定。需要能自己出行，并打电话和客人确认时间。",
    summary_en: null,
    description_zh:
      "这项服务和几个社区合作，客人大多是行动不便的老人，也有残疾朋友。门店通过手机应用派单，你可以按区域和时间挑单，不想接就不接。每次服务60分钟，你拿60到80元，路远的单另加10元交通补贴。上门前要打电话和客人确认时间和地址；出行方式不限，坐地铁、公交或由家人陪同都可以。派单应用已用保益读屏和TalkBack测试。第一次上门由老师傅陪同。门店为每次上门服务购买意外险，不缴纳社保，我们可以帮你了解灵活就业人员怎样参保。",
    description_en: null,
    how_to_apply_zh:
      "在无碍就业申请，我们会约你到门店见面，试做一次，并讲清楚派单规则。不收任何押金或入会费。",
    how_to_apply_en: null,
    work_arrangement: "on_site", remote_anywhere: false, province: "四川", city: "成都",
    employment_form: "piecework", hours_min: 4, hours_max: 15, schedule: "flexible",
    text_only_possible: false, phone_required: true, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["保益读屏", "TalkBack"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: false, mentor_support: true, trial_period: false,
    pay_min_minor: 6000, pay_max_minor: 8000, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: null, posted_days_ago: 19,
  },
  {
    ref: "demo-037",
    employer: "palm-heart-massage",
    partner: "tingsong-at-training-centre",
    title_zh: "推拿按摩带教实习（成都，6个月）",
    title_en: "Massage traineeship with a mentor (Chengdu, 6 months)",
    summary_zh:
      "六个月带薪实习，跟着有二十年经验的老师傅学推拿手法和接待客人。在成都门店实习，每月补贴2500–3000元，包午餐。考核通过可以转为全职。",
    summary_en:
      "A six-month paid traineeship learning massage technique and client care from therapists with twenty years' experience. Based at our Chengdu clinic, with an allowance of ¥2,500–3,000 a month and lunch provided. Pass the final assessment and you can stay on full-time.",
    description_zh:
      "适合在特殊教育学校或培训机构学过按摩、还缺少实际经验的人。前两个月在老师傅身边看和练，之后在老师傅指导下独立接待客人。每周上两次课，讲颈肩腰腿常见问题的手法和禁忌，也帮你准备相关的职业资格考试；如果你想考盲人医疗按摩人员资格，师傅可以帮你规划。门店无台阶，有安静的休息室，排钟用的手机应用支持读屏。实习补贴每月2500到3000元，工作日包午餐，公司购买意外险，不缴纳社保。",
    description_en:
      "This suits people who've studied massage at a special education school or training centre but don't yet have much hands-on experience. For the first two months you watch and practise alongside a senior therapist; after that you treat clients yourself under their supervision. Twice a week there's a class on technique and contraindications for common neck, shoulder, back and leg problems, which also prepares you for vocational qualifications. If you want to work towards the blind medical massage qualification, your mentor can help you plan for it. The clinic is step-free with a quiet rest room, and the rota app works with screen readers. The allowance is ¥2,500–3,000 a month, with lunch on working days. You're covered by accident insurance but not social insurance.",
    how_to_apply_zh:
      "在无碍就业申请，我们会约你到店聊一聊，并请你演示一段手法。不收任何学费或押金。",
    how_to_apply_en:
      "Apply on AccessWork and we'll invite you to the clinic for a chat and a short demonstration of your technique. There's no tuition fee and no deposit.",
    work_arrangement: "on_site", remote_anywhere: false, province: "四川", city: "成都",
    employment_form: "training", hours_min: 30, hours_max: 40, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["保益读屏", "TalkBack"],
    assistive_devices_provided: false, step_free_workplace: true, quiet_space: true,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 250000, pay_max_minor: 300000, pay_unit: "month",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 60, posted_days_ago: 25,
  },
  {
    ref: "demo-038",
    employer: "palm-heart-massage",
    partner: "qingyou-labour-services",
    title_zh: "企业驻场按摩师（深圳）",
    title_en: "Workplace massage therapist (Shenzhen)",
    summary_zh:
      "在深圳两家企业的员工休息区做驻场按摩师，工作日白天上班，周末双休。月薪5500–7500元，缴纳五险一金。",
    summary_en:
      "Massage therapist based in the staff wellbeing rooms of two companies in Shenzhen, weekday daytimes with weekends off. ¥5,500–7,500 a month with social insurance and housing fund.",
    description_zh:
      "这是掌心推拿和深圳两家企业的合作项目。按摩室设在员工休息区，每次服务20到30分钟，主要缓解久坐带来的肩颈问题。上班时间9点半到6点半，午休一小时，周末双休，法定节假日正常放假。预约由企业前台安排，每天早上用短信或微信把名单发给你，用读屏软件就能收听。两间按摩室都在有电梯的楼层，无台阶，有单独的休息间。需要持有按摩相关证书和两年以上经验。招聘由青柚劳务负责，劳动合同和五险一金由掌心推拿负责。",
    description_en:
      "This is a partnership between Palm & Heart and two companies in Shenzhen. The massage rooms are in staff rest areas, and each session lasts 20–30 minutes, mostly easing the neck and shoulder strain of long hours at a desk. Hours are 9:30 to 6:30 with an hour for lunch, weekends off, and public holidays as normal. The companies' front desks handle bookings and send you each day's list in the morning by text message or WeChat, which you can listen to with a screen reader. Both rooms are on floors served by lifts, with no steps and a separate rest room. You need a massage qualification and two years' experience. Qingyou Labour Services handles recruitment; your employment contract, social insurance and housing fund are with Palm & Heart.",
    how_to_apply_zh: "在无碍就业申请，青柚劳务会联系你约试做。劳务公司不收任何中介费。",
    how_to_apply_en:
      "Apply on AccessWork and Qingyou Labour Services will contact you to arrange a trial session. The labour company charges no agency fee.",
    work_arrangement: "on_site", remote_anywhere: false, province: "广东", city: "深圳",
    employment_form: "full_time", hours_min: 40, hours_max: 40, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: true, quiet_space: true,
    training_provided: false, mentor_support: false, trial_period: true,
    pay_min_minor: 550000, pay_max_minor: 750000, pay_unit: "month",
    social_insurance: true, medical_insurance: true, housing_fund: true,
    status: "published", deadline_in_days: 35, posted_days_ago: 6,
  },
  {
    ref: "demo-039",
    employer: "palm-heart-massage",
    partner: "tingsong-at-training-centre",
    title_zh: "开一间自己的推拿工作室（创业扶持）",
    title_en: "Open your own massage studio (start-up support)",
    summary_zh:
      "面向有经验的按摩师，帮你在成都开一间自己的推拿工作室：选址、办证、定价和线上引流都有人带。收入取决于客源，往期开店者第一年月收入大约3000–7000元，不保底。",
    summary_en:
      "For experienced massage therapists: we'll help you open your own studio in Chengdu, with guidance on premises, licences, pricing and finding clients online. Income depends on your clientele; past participants made about ¥3,000–7,000 a month in their first year, with no guarantee.",
    description_zh:
      "掌心推拿和听松培训中心合办这个项目，每年帮五到八位按摩师独立开店。我们会陪你看铺面、算成本，协助办理营业执照和卫生方面的手续，并把你的店接入我们的线上预约渠道。开店后的第一年，每月做一次经营复盘，有问题随时可以找带你的店长。许多地方对残疾人自主创业有一次性补贴和房租补贴，我们会帮你向当地残联申请。项目不收任何加盟费或管理费，也不要求你用我们的品牌。开店需要自己投入启动资金，一般在3万到8万元之间，请量力而行。",
    description_en:
      "Palm & Heart and the Tingsong training centre run this programme together, helping five to eight therapists a year open their own studios. We'll look at premises with you, work out the costs, help with the business licence and health paperwork, and connect your studio to our online booking channels. Throughout your first year there's a monthly review of how the business is going, and you can call on your mentor, one of our clinic managers, whenever something comes up. Many places give disabled people one-off start-up grants and help with rent, and we'll help you apply to your local disabled persons' federation. The programme charges no franchise or management fee, and you don't have to use our brand. You will need your own start-up money, usually ¥30,000–80,000, so plan carefully.",
    how_to_apply_zh:
      "在无碍就业报名，写几句你的从业经历。我们会约你面谈一次，一起看看开店是否适合你。全程免费。",
    how_to_apply_en:
      "Sign up on AccessWork with a few lines about your experience. We'll meet to talk through whether running a studio is right for you. It's all free.",
    work_arrangement: "on_site", remote_anywhere: false, province: "四川", city: "成都",
    employment_form: "self_employment", hours_min: 30, hours_max: 50, schedule: "flexible",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 300000, pay_max_minor: 700000, pay_unit: "month",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 90, posted_days_ago: 30,
  },

  // ---------------------------------------------- 西安长译语言 / Changyi
  {
    ref: "demo-040",
    employer: "changyi-language",
    partner: "mingtu-employment-centre",
    title_zh: "字幕听写员（中文视频）",
    title_en: "Subtitler (Chinese-language video)",
    summary_zh:
      "在家给中文视频听写字幕、对好时间轴。按视频时长计酬，每10分钟视频15–30元，在交稿期限内自己安排。全程文字沟通。",
    summary_en:
      "Transcribe and time subtitles for Chinese-language videos from home. Paid by video length, ¥15–30 per 10 minutes, done whenever you like before the deadline. All contact is in writing.",
    description_zh:
      "视频以讲座、访谈和短视频为主，机器已经生成初稿，你要对照声音和画面改正文字、断好句，并调整时间轴，让字幕和说话同步。这些字幕是给聋人和听力不好的观众看的，所以还要标出重要的声音，比如“[掌声]”“[音乐]”。我们用免费的字幕软件Aegisub，入门教程和样稿都会发给你。每10分钟视频15到30元，按口音和语速定。每批交稿后由审校抽查，返修不另计酬。需要能听清语音，电脑要能流畅播放视频。每月10日结算，不缴纳社保。",
    description_en:
      "The videos are mostly lectures, interviews and short clips. A machine has made a first draft; you correct it against the sound and picture, break it into readable lines and adjust the timing so the subtitles match the speech. The subtitles are for Deaf and hard-of-hearing viewers, so you also mark important sounds, such as [applause] or [music]. We use the free subtitle editor Aegisub, and you'll get a beginner's guide and sample files. Pay is ¥15–30 per 10 minutes of video, depending on accents and pace. A reviewer spot-checks every batch, and corrections aren't paid extra. You need to be able to hear speech clearly and a computer that plays video smoothly. Payment is on the 10th of each month, with no social insurance.",
    how_to_apply_zh:
      "在无碍就业申请后，我们会发一段3分钟的试做视频，合格就可以接单。不收任何费用。",
    how_to_apply_en:
      "After you apply on AccessWork, we'll send a three-minute test video. If it's up to standard, you can start taking work. No fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "piecework", hours_min: 5, hours_max: 20, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: false, trial_period: true,
    pay_min_minor: 1500, pay_max_minor: 3000, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: null, posted_days_ago: 5,
  },
  {
    ref: "demo-041",
    employer: "changyi-language",
    partner: "mingtu-employment-centre",
    title_zh: null,
    title_en: "English subtitle reviewer",
    summary_zh: null,
    summary_en:
      "Check and polish English subtitles for Chinese documentaries and short dramas, from home. Paid per episode, ¥25–60 depending on length. Work at your own pace within a five-day deadline.",
    description_zh: null,
    description_en:
      "Our translators produce the first English subtitles. You watch each episode, compare the subtitles with the Chinese original, and fix mistranslations, awkward phrasing and timing problems. Episodes run from 10 to 45 minutes and pay ¥25–60 accordingly. You'll need excellent English, enough Chinese to follow the original, and a computer that plays video smoothly. We work in Aegisub and shared spreadsheets, and you'll get a style guide before you start. Our lead editor gives every episode a final check and sends written feedback on your first few. Work comes in unevenly, anywhere from one to five episodes a week. Payment is monthly, with no social insurance.",
    how_to_apply_zh: null,
    how_to_apply_en:
      "Apply on AccessWork and we'll send a short test clip, which is paid. Everything happens by message or email, and we never charge fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "piecework", hours_min: 3, hours_max: 12, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: false, mentor_support: true, trial_period: true,
    pay_min_minor: 2500, pay_max_minor: 6000, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 30, posted_days_ago: 12,
  },
  {
    ref: "demo-042",
    employer: "changyi-language",
    partner: "mingtu-employment-centre",
    title_zh: "中英笔译（技术文档，兼职）",
    title_en: "Chinese–English translator (technical documents, part-time)",
    summary_zh:
      "在家把产品说明书和技术文档在中英文之间互译。每周8–20小时，时间灵活，每小时40–60元。全程文字沟通，用到的工具已用读屏软件测试。",
    summary_en:
      "Translate product manuals and technical documents between Chinese and English, from home. 8–20 hours a week, whenever suits you, at ¥40–60 an hour. All contact is in writing, and our tools have been tested with screen readers.",
    description_zh:
      "稿件以家电、医疗器械和软件的说明文档为主，中译英和英译中都有。我们提供术语表和翻译记忆库，你在Word或网页版翻译平台里工作，这两个工具都已用NVDA和Mac上的VoiceOver测试过。按实际工时计酬，每小时40元起，专业性强的稿件最高60元。需要英语专业八级或同等水平，有技术翻译经验的优先。每份译稿都有审校，第一个月审校会写详细的修改意见。本岗位签劳务协议，不缴纳社保。",
    description_en:
      "The work is mostly manuals and documentation for home appliances, medical devices and software, in both directions. We provide glossaries and translation memories, and you work in Word or our web-based translation platform, both tested with NVDA and with VoiceOver on the Mac. You're paid for the hours you work: ¥40 an hour to start, up to ¥60 for specialist documents. You need English at TEM-8 level or equivalent; technical translation experience is a plus. Every translation is reviewed, and in your first month the reviewer explains their changes in detail. You work under a service agreement with no social insurance.",
    how_to_apply_zh:
      "在无碍就业申请，我们会发一份500字的试译稿，试译按正常费率付钱。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork and we'll send a 500-character test translation, paid at the normal rate. No fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 8, hours_max: 20, schedule: "flexible",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "VoiceOver"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: false, mentor_support: true, trial_period: true,
    pay_min_minor: 4000, pay_max_minor: 6000, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 45, posted_days_ago: 8,
  },
  {
    ref: "demo-043",
    employer: "changyi-language",
    partner: "yunzhan-digital-park",
    title_zh: "录音转写员（会议与访谈）",
    title_en: "Transcriber (meetings and interviews)",
    summary_zh:
      "在家把会议和访谈录音整理成文字稿。按录音时长计酬，每小时录音40–80元，在交稿期限内自己安排时间。可以用读屏软件完成。",
    summary_en:
      "Turn recordings of meetings and interviews into written transcripts, from home. Paid by recording length, ¥40–80 per hour of audio, on your own schedule within each deadline. The work can be done with a screen reader.",
    description_zh:
      "录音多是普通话的会议、访谈和课程。语音识别先生成初稿，你对照录音修改，分好说话人，整理成通顺的文字稿。一小时录音一般要整理两到三小时，按音质和说话人数计40到80元，折算下来每小时大约15到35元。我们用网页版转写工具，播放、暂停、回退都有快捷键，已用NVDA和争渡读屏测试过，现在有两位盲人转写员。客户资料需要保密，接单前要签保密协议。需要能听清录音。每月10日结算，不缴纳社保。",
    description_en:
      "The recordings are mostly Mandarin meetings, interviews and lectures. Speech recognition produces a first draft; you correct it against the audio, label the speakers and tidy it into readable text. An hour of audio usually takes two to three hours and pays ¥40–80 depending on sound quality and the number of speakers, which works out at roughly ¥15–35 an hour. Our web-based transcription tool has shortcuts for play, pause and rewind and has been tested with NVDA and Zhengdu; two of our transcribers are blind. Client material is confidential, so you sign a non-disclosure agreement before you start. You need to be able to hear the recordings clearly. Payment is on the 10th of each month, with no social insurance.",
    how_to_apply_zh:
      "在无碍就业申请后，我们会发一段10分钟的试转录音，试做按正常标准付钱。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork and we'll send a 10-minute test recording, paid at the normal rate. No fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "piecework", hours_min: 5, hours_max: 20, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: false, mentor_support: false, trial_period: true,
    pay_min_minor: 4000, pay_max_minor: 8000, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 60, posted_days_ago: 17,
  },
  {
    ref: "demo-044",
    employer: "changyi-language",
    partner: "mingtu-employment-centre",
    title_zh: "陕西方言录音与转写（陕西省内远程）",
    title_en: null,
    summary_zh:
      "用手机录下自己说的陕西话，或把别人的方言录音转成普通话文字。只招常住陕西、会说当地方言的人，在家做，每批20–40元，时间自己安排。",
    summary_en: null,
    description_zh:
      "这是一个语音识别项目，需要关中话、陕北话或陕南话的真实语音。任务分两种：一是按提示用手机录一批短句，每批约100句，20元；二是把别人的方言录音转写成普通话文字，每批约15分钟录音，40元。录音应用支持安卓和苹果手机，已用TalkBack和VoiceOver测试过。因为要核实方言的来源地，只招常住陕西的人，报名时请说明你说的是哪里的话。项目预计持续三个月，任务量有限，按报名先后分配。每周五结算，不缴纳社保。",
    description_en: null,
    how_to_apply_zh:
      "在无碍就业报名，写明你的家乡和平时说的方言。我们会用文字消息把试录任务发给你。不收任何费用。",
    how_to_apply_en: null,
    work_arrangement: "remote", remote_anywhere: false, province: "陕西", city: null,
    employment_form: "piecework", hours_min: 2, hours_max: 10, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["TalkBack", "VoiceOver"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: false, mentor_support: false, trial_period: false,
    pay_min_minor: 2000, pay_max_minor: 4000, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 20, posted_days_ago: 2,
  },
  {
    ref: "demo-045",
    employer: "changyi-language",
    partner: "mingtu-employment-centre",
    title_zh: "翻译助理（西安，全职）",
    title_en: "Translation assistant (Xi'an, full-time)",
    summary_zh:
      "在西安做全职翻译助理，负责排版、整理术语和译稿质检，每周2天在办公室、3天在家。月薪4500–6000元，缴纳五险一金。",
    summary_en:
      "Full-time translation assistant in Xi'an: formatting, glossary work and quality checks on translations, with two days a week in the office and three at home. ¥4,500–6,000 a month with social insurance and housing fund.",
    description_zh:
      "你协助项目经理处理稿件：整理客户的术语表，给交付文件排版，用质检工具查漏译、数字和术语不一致，偶尔也翻译短稿。周二和周四在办公室，其余时间在家。办公室在雁塔区一栋写字楼的8楼，有电梯、无台阶，有一间安静的小会议室可以休息。项目例会在线上开，全程实时字幕，会后发纪要。常用的办公和质检工具已用NVDA测试过。需要英语六级以上，细心，熟悉Word和Excel。试用期两个月，工资不打折，五险一金按西安标准缴纳。",
    description_en:
      "You'll help the project managers with files: tidying client glossaries, formatting deliverables, running QA tools to catch missing text, wrong numbers and inconsistent terms, and now and then translating short pieces yourself. You're in the office on Tuesdays and Thursdays and at home the rest of the week. The office is on the eighth floor of a building in Yanta District, with a lift, no steps, and a small quiet meeting room where you can take a break. Project meetings are online, with live captions throughout and minutes afterwards. The everyday office and QA tools have been tested with NVDA. You need at least CET-6 English, a careful eye and good Word and Excel skills. Probation is two months on full pay, with social insurance and the housing fund paid at Xi'an rates.",
    how_to_apply_zh:
      "在无碍就业申请，附一份简历。面试可以来办公室，也可以在线上用文字进行。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork with your CV. The interview can be at the office or online by text. No fees.",
    work_arrangement: "hybrid", remote_anywhere: false, province: "陕西", city: "西安",
    employment_form: "full_time", hours_min: 40, hours_max: 40, schedule: "fixed",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: true,
    screen_reader_tested: true, screen_reader_tools: ["NVDA"],
    assistive_devices_provided: false, step_free_workplace: true, quiet_space: true,
    training_provided: true, mentor_support: true, trial_period: true,
    pay_min_minor: 450000, pay_max_minor: 600000, pay_unit: "month",
    social_insurance: true, medical_insurance: true, housing_fund: true,
    status: "published", deadline_in_days: 30, posted_days_ago: 21,
  },
  {
    ref: "demo-046",
    employer: "changyi-language",
    partner: "mingtu-employment-centre",
    title_zh: "自由译者起步扶持",
    title_en: "Getting started as a freelance translator",
    summary_zh:
      "帮有外语基础的人成为自由译者：三个月线上辅导，加上长译每月保底派发的稿件。收入取决于接单量，往期学员半年后每月大约2500–6000元。",
    summary_en:
      "Helping people with good language skills become freelance translators: three months of online coaching, plus a guaranteed amount of work from Changyi each month. Income depends on how much you take on; past participants were earning about ¥2,500–6,000 a month after six months.",
    description_zh:
      "辅导内容包括翻译工具、报价、开票和找客户。前三个月，长译每月至少派给你2万字的稿件，按市场价付费，帮你积累作品和口碑。之后你可以继续接我们的稿子，也可以自己找客户，没有独家限制。我们会协助你办理个体工商户登记，或通过灵活用工平台开票，并讲清楚怎样以灵活就业人员身份缴纳养老和医疗保险。项目不收任何培训费或押金。自由职业收入起伏大，前几个月请留好生活费。",
    description_en:
      "The coaching covers translation tools, pricing, invoicing and finding clients. For the first three months Changyi guarantees you at least 20,000 characters of work a month, paid at market rates, so you can build a portfolio and a reputation. After that you can keep taking our work, find your own clients, or both; there's no exclusivity. We'll help you register as a sole trader or invoice through a flexible-work platform, and explain how to pay into pension and medical insurance as a flexible worker. The programme charges no training fee or deposit. Freelance income goes up and down, so keep some savings for the first few months.",
    how_to_apply_zh:
      "在无碍就业报名，写明你的语种和水平。我们会发一份试译，再约一次文字面谈。全程免费。",
    how_to_apply_en:
      "Sign up on AccessWork with your languages and level. We'll send a test translation and then arrange a chat by text. It's free throughout.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "self_employment", hours_min: 10, hours_max: 30, schedule: "flexible",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 250000, pay_max_minor: 600000, pay_unit: "month",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 75, posted_days_ago: 27,
  },

  // ---------------------------------------------- 黔东南锦绣手作 / Jinxiu Cooperative
  {
    ref: "demo-047",
    employer: "jinxiu-handcraft-coop",
    partner: "shanhe-social-enterprise",
    title_zh: "苗绣绣片制作（在家接活，按件计酬）",
    title_en: "Miao embroidery maker (from home, paid per piece)",
    summary_zh:
      "在家按样稿绣制苗绣绣片，材料由合作社寄给你。按件计酬，每片30–80元，做多做少自己定。需要一定的刺绣基础。",
    summary_en:
      "Embroider Miao-style panels at home from our patterns, with materials posted to you by the cooperative. Paid per piece, ¥30–80 each, and how much you take on is up to you. Some embroidery experience is needed.",
    description_zh:
      "绣片会用在包、围巾和书签上，图案由合作社的老绣娘设计，每种都附有样片和针法说明。合作社把布料、丝线和样稿包邮寄给你，做好后用合作社付费的快递寄回。小绣片每片30元左右，大的或针法复杂的最高80元，熟练的绣娘一片要做3到8小时。收到绣片后三天内质检，合格的当周付钱；不合格的会说明原因，改好后可以再寄。新成员的前两片有老绣娘用视频或文字指导。全国都可以参加，不用来贵州。合作社不收任何材料押金；本岗位不缴纳社保，合作社可以帮你了解当地灵活就业人员的参保政策。",
    description_en:
      "The panels go onto bags, scarves and bookmarks, and the designs come from the cooperative's senior embroiderers, each with a sample and notes on the stitches. We post you fabric, thread and patterns, and you send the finished work back by courier at our expense. Small panels pay around ¥30; large ones or those with complex stitching pay up to ¥80, and an experienced embroiderer takes three to eight hours a panel. We check each piece within three days of receiving it and pay for accepted work that week; if a piece isn't accepted, we explain why, and you can rework it and send it back. For your first two pieces a senior embroiderer guides you by video or text. You can join from anywhere in China; there's no need to come to Guizhou. We never ask for a deposit on materials. There's no social insurance, but the cooperative can help you find out about flexible-worker insurance where you live.",
    how_to_apply_zh:
      "在无碍就业申请，有以前绣的作品照片可以附几张，没有也没关系。我们先寄一份小样给你试绣，试绣的那片照样付钱。",
    how_to_apply_en:
      "Apply on AccessWork, with a few photos of your past embroidery if you have any. We'll post you a small trial piece, and you'll be paid for it like any other.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "piecework", hours_min: 5, hours_max: 25, schedule: "flexible",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: true,
    pay_min_minor: 3000, pay_max_minor: 8000, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: null, posted_days_ago: 6,
  },
  {
    ref: "demo-048",
    employer: "jinxiu-handcraft-coop",
    partner: "shanhe-social-enterprise",
    title_zh: "非遗手作网店开店扶持",
    title_en: "Sell your heritage crafts online (start-up support)",
    summary_zh:
      "如果你会剪纸、竹编、刺绣、陶艺等手艺，我们帮你把作品放到网上卖：拍照、定价、开店、发货都有人教。收入看销量，往期学员半年后每月大约2000–5000元。",
    summary_en:
      "If you make paper-cuts, bamboo weaving, embroidery, pottery or other traditional crafts, we'll help you sell them online, with coaching on photos, pricing, setting up a shop and shipping. Income depends on sales; past participants were making about ¥2,000–5,000 a month after six months.",
    description_zh:
      "项目由锦绣合作社和山禾社会企业合办，面向全国的残疾人手艺人。前六周每周一次线上课，讲产品拍照、写介绍、定价和平台规则，每节课都有文字讲义，只听语音也能跟上。之后有一对一辅导，帮你把第一批作品上架。你的作品也可以放进合作社的联合网店和直播间代卖，合作社收15%的服务费，用于包装和推广。项目不收培训费、加盟费或保证金。手工作品卖得慢，前几个月收入可能很少，请做好准备。我们会帮你申请当地残联的自主创业扶持，并讲清楚怎样以灵活就业人员身份参保。",
    description_en:
      "Jinxiu Cooperative and Shanhe Social Enterprise run this programme together for disabled craftspeople anywhere in China. For the first six weeks there's an online class each week on photographing your work, writing descriptions, pricing and platform rules. Every class has written notes, and you can follow it by audio alone. After that a coach works with you one-to-one to list your first pieces. You can also sell through the cooperative's shared online shop and live streams, for a 15% service fee that covers packaging and promotion. There's no training fee, franchise fee or deposit. Handmade goods sell slowly, and your income in the first months may be very low, so please be ready for that. We'll help you apply for your local federation's support for disabled entrepreneurs and explain how to pay into insurance as a flexible worker.",
    how_to_apply_zh:
      "在无碍就业报名，简单介绍你的手艺，能附几张作品照片更好。我们会在一周内用文字消息联系你。全程免费。",
    how_to_apply_en:
      "Sign up on AccessWork and tell us about your craft; photos of your work help. We'll message you within a week. It's free throughout.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "self_employment", hours_min: 10, hours_max: 30, schedule: "flexible",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 200000, pay_max_minor: 500000, pay_unit: "month",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 60, posted_days_ago: 11,
  },
  {
    ref: "demo-049",
    employer: "jinxiu-handcraft-coop",
    partner: "shanhe-social-enterprise",
    title_zh: "蜡染工坊学徒（凯里，带薪）",
    title_en: "Batik workshop apprentice (Kaili, paid)",
    summary_zh:
      "在凯里的蜡染工坊做六个月带薪学徒，从画蜡、染色到缝制成品一步步学。每月补贴2500–3000元，包午餐。工坊在一楼，无台阶。",
    summary_en:
      "A six-month paid apprenticeship at our batik workshop in Kaili, learning every step from drawing in wax to dyeing and sewing finished pieces. ¥2,500–3,000 a month, with lunch provided. The workshop is on the ground floor, with no steps.",
    description_zh:
      "蜡染是苗族的传统手艺，也是黔东南的非物质文化遗产。学徒跟着两位老师傅学，前两个月练画蜡，之后参与染色、晾晒和缝制。每天上午9点到下午5点，周末休息，每周30到36小时，大部分工序可以坐着完成。工坊在一楼，门口无台阶，工作台高度可以调。染料是植物靛蓝，气味比较重，对气味敏感的朋友请先来看看。每月补贴2500到3000元，包午餐，合作社购买意外险，不缴纳社保。学成后可以留在合作社按件接活，也可以自己开店。",
    description_en:
      "Batik is a traditional Miao craft and part of Qiandongnan's intangible cultural heritage. Apprentices learn from two master craftspeople: the first two months are spent practising with wax, after which you join in the dyeing, drying and sewing. Hours are 9 to 5, Monday to Friday, 30–36 hours a week, and most of the steps can be done sitting down. The workshop is on the ground floor, with a step-free entrance and adjustable-height benches. The dye is plant indigo, which smells strong, so if you're sensitive to smells, come and visit first. The allowance is ¥2,500–3,000 a month with lunch provided; the cooperative covers accident insurance but not social insurance. Afterwards you can stay with the cooperative doing paid piecework, or set up on your own.",
    how_to_apply_zh:
      "在无碍就业申请，我们会请你来工坊看一看、试一试，路费由合作社报销。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork and we'll invite you to visit the workshop and have a go; the cooperative pays your travel. No fees.",
    work_arrangement: "on_site", remote_anywhere: false, province: "贵州", city: "黔东南",
    employment_form: "training", hours_min: 30, hours_max: 36, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: true, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 250000, pay_max_minor: 300000, pay_unit: "month",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 45, posted_days_ago: 18,
  },
  {
    ref: "demo-050",
    employer: "jinxiu-handcraft-coop",
    partner: "shanhe-social-enterprise",
    title_zh: "手作网店在线客服（兼职）",
    title_en: "Part-time online customer service (handmade-goods shop)",
    summary_zh:
      "为合作社的手作网店做兼职在线客服，用文字回答顾客关于绣品和蜡染的问题。每周6–12小时，在家做，每小时20–25元。",
    summary_en:
      "Part-time online customer service for the cooperative's handmade-goods shop, answering customers' questions about embroidery and batik by text. 6–12 hours a week from home, at ¥20–25 an hour.",
    description_zh:
      "顾客常问的是尺寸、会不会掉色、多久发货，以及每件作品是谁做的。我们有一份产品问答文档，每件新品都附有文字介绍，包括图案的寓意和手艺人的故事。每天上午10点到晚上10点分成几个时段，你每周选几段值班，合计6到12小时。网店客服后台的网页版已用争渡读屏和NVDA测试过。上岗前有两小时线上培训，按正常时薪付。遇到退换货或质量问题，转给合作社的店长处理就行。不缴纳社保。",
    description_en:
      "Customers usually ask about sizes, whether colours will run, how soon items ship and who made each piece. We keep a product Q&A document, and every new item comes with a written description covering what the pattern means and the story of its maker. The day, from 10 am to 10 pm, is split into slots, and you choose a few each week, 6–12 hours in total. The web version of the shop's customer service console has been tested with Zhengdu and NVDA. There are two hours of paid online training before you start. Returns and quality complaints go to the cooperative's shop manager. No social insurance is included.",
    how_to_apply_zh: "在无碍就业申请，面试用文字进行，大约15分钟。不收任何费用。",
    how_to_apply_en: "Apply on AccessWork; the interview is a 15-minute typed chat. No fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 6, hours_max: 12, schedule: "flexible",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["争渡读屏", "NVDA"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: false, trial_period: false,
    pay_min_minor: 2000, pay_max_minor: 2500, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 30, posted_days_ago: 1,
  },

  // ---------------------------------------------- 南京简衡财务 / Jianheng
  {
    ref: "demo-051",
    employer: "jianheng-bookkeeping",
    partner: "yunzhan-digital-park",
    title_zh: "远程记账员（小微企业代账）",
    title_en: "Remote bookkeeper (small-business accounts)",
    summary_zh:
      "在家为小微企业和个体户记账：整理票据、录入凭证、出月度报表。每周15–25小时，时间灵活，每小时30–45元。需要会计基础。",
    summary_en:
      "Keep the books for small businesses and sole traders from home: sort receipts, enter vouchers and produce monthly reports. 15–25 hours a week, flexibly arranged, at ¥30–45 an hour. You'll need some accounting background.",
    description_zh:
      "每位记账员负责15到30家客户，每月上旬集中处理上个月的票据和凭证，中旬报税，下旬比较空闲。客户的票据都已扫描上传，你在网页版记账软件里录入、核对，再生成月度报表。记账软件和票据查看器已用NVDA和争渡读屏测试，扫描件做过文字识别，读屏可以读出金额和单位名称。需要会计专业背景或初级会计职称，熟悉小规模纳税人的账务。前两个月由主管会计复核你做的每一本账。每月15日结算，签劳务协议，不缴纳社保。",
    description_en:
      "Each bookkeeper looks after 15–30 clients. The first ten days of the month are busy with last month's receipts and vouchers, tax filing comes mid-month, and the last third is quieter. Clients' receipts are already scanned and uploaded; you enter and check them in web-based accounting software, then produce the monthly reports. The software and receipt viewer have been tested with NVDA and Zhengdu, and the scans go through text recognition, so a screen reader can read out amounts and company names. You need an accounting background or the junior accountant qualification, and to know the books of small-scale taxpayers. For your first two months a senior accountant reviews every set of books you produce. Pay is on the 15th of each month under a service agreement, with no social insurance.",
    how_to_apply_zh:
      "在无碍就业申请，我们会发一套10张票据的练习账，做完后再文字面试。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork and we'll send a practice set of 10 receipts, followed by a typed interview. No fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 15, hours_max: 25, schedule: "flexible",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: false, mentor_support: true, trial_period: true,
    pay_min_minor: 3000, pay_max_minor: 4500, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 40, posted_days_ago: 3,
  },
  {
    ref: "demo-052",
    employer: "jianheng-bookkeeping",
    partner: "yunzhan-digital-park",
    title_zh: "会计助理（全职远程，五险一金）",
    title_en: "Accounting assistant (full-time, remote)",
    summary_zh:
      "全职在家做会计助理，负责审核凭证、报税和回答客户问题。月薪5000–6500元，签劳动合同，缴纳五险一金。会议有字幕，工具已用读屏软件测试。",
    summary_en:
      "Full-time remote accounting assistant: checking vouchers, filing taxes and answering client questions. ¥5,000–6,500 a month on an employment contract, with social insurance and housing fund. Meetings are captioned, and our tools have been tested with screen readers.",
    description_zh:
      "你和主管会计一起负责约60家客户的账务，主要是审核记账员录入的凭证，按时申报各项税款，并用文字回答客户的问题。每天上午9点半到下午4点半是核心在线时间，每周合计40小时。团队用钉钉沟通，记账软件和钉钉的常用流程都已用NVDA测试过，周会开实时字幕。需要初级会计职称和两年以上代账或财务工作经验。公司可以按需提供大屏显示器或其他辅助设备。试用期三个月，工资不打折；签劳动合同，五险一金按南京标准缴纳。",
    description_en:
      "Working with a senior accountant, you'll look after the accounts of about 60 clients: checking vouchers entered by our bookkeepers, filing taxes on time, and answering clients' questions in writing. Core online hours are 9:30 to 4:30, with 40 hours a week in all. The team works in DingTalk; the accounting software and everyday DingTalk workflows have been tested with NVDA, and the weekly meeting has live captions. You need the junior accountant qualification and two years in bookkeeping or finance. We can provide a large monitor or other assistive equipment as needed. Probation is three months on full pay. You get an employment contract, with social insurance and the housing fund paid at Nanjing rates.",
    how_to_apply_zh:
      "在无碍就业申请并附上简历。面试可以选文字或带字幕的视频。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork with your CV. The interview can be by text or captioned video. No fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "full_time", hours_min: 40, hours_max: 40, schedule: "flexible",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: true,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "钉钉 + NVDA"],
    assistive_devices_provided: true, step_free_workplace: false, quiet_space: false,
    training_provided: false, mentor_support: true, trial_period: true,
    pay_min_minor: 500000, pay_max_minor: 650000, pay_unit: "month",
    social_insurance: true, medical_insurance: true, housing_fund: true,
    status: "published", deadline_in_days: 35, posted_days_ago: 15,
  },
  {
    ref: "demo-053",
    employer: "jianheng-bookkeeping",
    partner: "yunzhan-digital-park",
    title_zh: "发票录入员（按张计酬）",
    title_en: "Invoice data entry (paid per invoice)",
    summary_zh:
      "在家把扫描好的发票信息录入系统，每张0.4–0.8元。没有最低工作量，什么时候做都行。录入系统已用读屏软件测试。",
    summary_en:
      "Enter details from scanned invoices into our system from home, at ¥0.40–0.80 per invoice. There's no minimum, and you can work whenever you like. The entry system has been tested with screen readers.",
    description_zh:
      "每张发票要录入开票日期、金额、税额和销售方名称，系统会先用文字识别填好大部分内容，你主要做核对和补全。普通发票每张0.4元，手写或模糊的每张0.8元，熟练后每小时能做60到100张。录入页面已用NVDA和争渡读屏测试，每个字段旁边会显示识别结果和可信度，读屏都能读出；系统识别不了、需要看图确认的字段，读屏用户可以跳过，交给其他同事。每天上午放出新任务，月初最多。系统自动抽查，准确率达到99%才结算；开通账号前有一小时练习。每周结算，不缴纳社保。",
    description_en:
      "For each invoice you record the date, amount, tax and seller's name; text recognition fills in most of it first, so your job is mainly checking and completing. Ordinary invoices pay ¥0.40 each and handwritten or blurry ones ¥0.80; with practice, 60–100 an hour is typical. The entry page has been tested with NVDA and Zhengdu: each field shows the recognised text and how confident the system is, and a screen reader reads both. Fields the system couldn't read need a look at the image; screen-reader users can skip those and leave them for colleagues. New tasks go out every morning, with the most at the start of the month. The system spot-checks automatically, and work is paid once accuracy reaches 99%. There's an hour of practice before your account opens. Payment is weekly, with no social insurance.",
    how_to_apply_zh: "在无碍就业申请，做完一小时练习就能开通账号。不收任何费用或押金。",
    how_to_apply_en:
      "Apply on AccessWork; your account opens once you've done an hour's practice. There are no fees or deposits.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "piecework", hours_min: 2, hours_max: 15, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: false, trial_period: true,
    pay_min_minor: 40, pay_max_minor: 80, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: null, posted_days_ago: 24,
  },
  {
    ref: "demo-054",
    employer: "jianheng-bookkeeping",
    partner: "tingsong-at-training-centre",
    title_zh: "代账实训营（线上，10周）",
    title_en: "Bookkeeping bootcamp (online, 10 weeks)",
    summary_zh:
      "10周线上实训，从记账基础学到独立做一家小微企业的账，适合准备考初级会计职称或想转行代账的人。每周三次晚间直播课，配字幕；后半程做真实练习账，每小时20–25元。",
    summary_en:
      "Ten weeks of online training, from bookkeeping basics to handling a small firm's accounts on your own. Good preparation for the junior accountant exam or a move into bookkeeping. Three captioned evening classes a week; in the second half you work on real practice accounts at ¥20–25 an hour.",
    description_zh:
      "课程由简衡的主管会计和听松培训中心的老师一起讲。前五周讲会计基础、票据和小规模纳税人的税务，后五周用脱敏后的真实客户账做练习。直播课在周一、三、五晚上7点，每次一小时，配实时字幕，课后有文字讲义和录像。记账软件和课程平台都已用NVDA和争渡读屏测试，读屏用户可以全程参加。后五周每周做4到6小时练习账，按每小时20到25元付费。结业成绩好的学员可以优先进入简衡的记账员队伍。课程免费，不收资料费和押金。",
    description_en:
      "Classes are taught by Jianheng's senior accountants together with trainers from the Tingsong centre. The first five weeks cover accounting basics, receipts and tax for small-scale taxpayers; in the last five you practise on real client accounts with identifying details removed. Live classes are at 7 pm on Mondays, Wednesdays and Fridays, an hour each, with live captions, written notes and recordings. The accounting software and the course site have been tested with NVDA and Zhengdu, so screen-reader users can take part throughout. In the last five weeks you spend four to six hours a week on practice accounts, paid at ¥20–25 an hour. The strongest students get first call on bookkeeping work with Jianheng. The course is free, with no charge for materials and no deposit.",
    how_to_apply_zh: "在无碍就业报名，每期25人。报名后会收到文字说明，教你登录课程平台。",
    how_to_apply_en:
      "Sign up on AccessWork; each intake has 25 places. You'll get written instructions for logging in to the course.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "training", hours_min: 8, hours_max: 12, schedule: "fixed",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: true,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 2000, pay_max_minor: 2500, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 21, posted_days_ago: 6,
  },
  {
    ref: "demo-055",
    employer: "jianheng-bookkeeping",
    partner: "yunzhan-digital-park",
    title_zh: "合作记账师（个体户，江苏省内）",
    title_en: "Partner bookkeeper (self-employed, Jiangsu)",
    summary_zh:
      "有会计基础的江苏残疾人，可以以个体户身份成为简衡的合作记账师，服务自己的一批客户，服务费的70%归你。收入看客户数，往期合作者一年后每月大约2500–6000元。",
    summary_en:
      "If you live in Jiangsu and have accounting skills, you can work with Jianheng as a self-employed partner bookkeeper, serving your own clients and keeping 70% of the fees. Income depends on how many clients you have; past partners were earning about ¥2,500–6,000 a month after a year.",
    description_zh:
      "代理记账需要资质，个人不能单独对外承接，所以我们采用合作的方式：客户和简衡签约，日常记账由你负责，服务费的70%归你。前三个月，简衡会转给你10家左右的客户，同时教你怎样在本地找新客户，比如附近的个体商户和小店。我们会协助你办理个体工商户登记，申请当地残联的自主创业补贴，并讲清楚怎样以灵活就业人员身份缴纳养老和医疗保险。因为偶尔要上门拜访客户，只招常住江苏的合作者。记账软件已用NVDA和争渡读屏测试过。不收加盟费、管理费或保证金；收入完全取决于客户数量，头几个月会比较少。",
    description_en:
      "Bookkeeping for clients requires a licence that individuals can't hold, so we work as partners: clients sign with Jianheng, you do their day-to-day books, and you keep 70% of the fee. Over the first three months Jianheng passes about ten clients on to you and shows you how to find more locally, such as small shops and sole traders nearby. We'll help you register as a sole trader, apply for your local federation's start-up grant for disabled entrepreneurs, and explain how to pay into pension and medical insurance as a flexible worker. Because you'll sometimes visit clients, partners need to live in Jiangsu. Our accounting software has been tested with NVDA and Zhengdu. There's no franchise fee, management fee or deposit. Income depends entirely on how many clients you have, and will be lower in the first months.",
    how_to_apply_zh:
      "在无碍就业报名，写明你所在的城市和会计经历。我们会约你做一次文字面谈，把分成和风险讲清楚。全程免费。",
    how_to_apply_en:
      "Sign up on AccessWork with your city and accounting experience. We'll arrange a typed conversation to go through the fee split and the risks. It's free throughout.",
    work_arrangement: "remote", remote_anywhere: false, province: "江苏", city: null,
    employment_form: "self_employment", hours_min: 15, hours_max: 40, schedule: "flexible",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 250000, pay_max_minor: 600000, pay_unit: "month",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 90, posted_days_ago: 28,
  },

  // ---------------------------------------------- 重庆小桌灯教育 / Little Desk Lamp
  {
    ref: "demo-056",
    employer: "desk-lamp-tutoring",
    partner: "tingsong-at-training-centre",
    title_zh: "线上小学数学辅导老师（兼职）",
    title_en: "Online primary maths tutor (part-time)",
    summary_zh:
      "晚上和周末在线给小学生一对一辅导数学。每周6–12小时，每小时40–60元。上课需要开摄像头和麦克风。",
    summary_en:
      "Tutor primary-school pupils in maths, one to one and online, on evenings and weekends. 6–12 hours a week at ¥40–60 an hour. Lessons need a camera and microphone.",
    description_zh:
      "学生以三到六年级为主，内容是课本同步辅导和作业答疑。每节课45分钟，主要在工作日晚上6点到9点和周末白天；每学期初你选好固定时段，之后按课表上课。我们提供教案、课件和题库，提前10分钟备课就够。上课在我们的在线课堂，需要开摄像头，家长有时会在旁边听。需要师范或数学相关专业背景，普通话清楚。新老师第一个月每周有一次教研，老教师会听一节课并给你反馈。课时费每小时40元起，续课率高的老师可到60元。签劳务协议，不缴纳社保。",
    description_en:
      "Most pupils are aged 8 to 12, and lessons follow the school textbook and help with homework. Each lesson lasts 45 minutes, mostly between 6 and 9 pm on weekdays or during the day at weekends; you choose fixed slots at the start of each term and teach to that timetable. We provide lesson plans, slides and a question bank, so ten minutes' preparation is enough. Lessons are in our online classroom with your camera on, and parents sometimes listen in. You need a background in teacher training or a maths-related subject, and clear Mandarin. In your first month there's a weekly teaching meeting, and an experienced teacher sits in on one lesson to give feedback. Pay starts at ¥40 an hour and reaches ¥60 for tutors whose pupils keep rebooking. You work under a service agreement with no social insurance.",
    how_to_apply_zh:
      "在无碍就业申请，我们会请你试讲一段10分钟的课。我们不收培训费，也不会要求你购买任何课程。",
    how_to_apply_en:
      "Apply on AccessWork and we'll ask you to give a 10-minute trial lesson. We charge no training fees and will never ask you to buy a course.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 6, hours_max: 12, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: true,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: true,
    pay_min_minor: 4000, pay_max_minor: 6000, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 30, posted_days_ago: 2,
  },
  {
    ref: "demo-057",
    employer: "desk-lamp-tutoring",
    partner: "tingsong-at-training-centre",
    title_zh: null,
    title_en: "English reading tutor (online, voice only)",
    summary_zh: null,
    summary_en:
      "Run short online English reading sessions with school pupils, one to one, by voice. 4–10 hours a week on weekday evenings and weekend mornings, at ¥50–60 an hour. No camera needed.",
    description_zh: null,
    description_en:
      "Each 30-minute session pairs you with one pupil aged 8 to 14. You read a graded story together, talk about it, and help with pronunciation and new words. Sessions are audio only, so you never need to turn a camera on, and the lesson materials are plain text documents rather than slides. You choose fixed weekly slots, between 6 and 9 pm on weekdays or on weekend mornings. We're looking for fluent, natural English speakers. Teaching experience helps but isn't essential: you'll get a two-hour paid induction and a library of session plans. Pay is ¥50 an hour, rising to ¥60 after your first term. You work under a service agreement with no social insurance.",
    how_to_apply_zh: null,
    how_to_apply_en:
      "Apply on AccessWork with a short note about yourself in English. We'll arrange a 15-minute voice chat and a sample session. There are no fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 4, hours_max: 10, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: false, trial_period: true,
    pay_min_minor: 5000, pay_max_minor: 6000, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 45, posted_days_ago: 9,
  },
  {
    ref: "demo-058",
    employer: "desk-lamp-tutoring",
    partner: "tingsong-at-training-centre",
    title_zh: "盲文与读屏软件辅导老师（线上）",
    title_en: "Braille and screen-reader tutor (online)",
    summary_zh:
      "在线教刚失明的成年人和视障学生使用读屏软件，也可以教盲文。每周4–10小时，上课时间和学员商量，每小时40–60元。不需要开摄像头，欢迎视障老师。",
    summary_en:
      "Teach newly blind adults and visually impaired pupils to use screen readers online, and braille if you know it. 4–10 hours a week at times agreed with each learner, at ¥40–60 an hour. No camera needed, and blind tutors are very welcome.",
    description_zh:
      "学员多是成年后失明、想重新用上电脑和手机的人，也有家长请我们辅导视障孩子。课程以语音一对一为主，每次一小时，内容包括电脑上的NVDA、争渡读屏，手机上的保益读屏和VoiceOver的日常使用，以及盲文入门。上课时间由你和学员商量，不用开摄像头。我们有一套分级教案，新老师先旁听两节老教师的课。你需要熟练使用至少两种读屏软件；能教盲文的，每小时另加10元。课时费每小时40到60元，每月结算，签劳务协议，不缴纳社保。",
    description_en:
      "Most learners lost their sight as adults and want to use a computer and phone again; some are parents asking us to teach their visually impaired children. Lessons are one-to-one by voice, an hour each, covering everyday use of NVDA and Zhengdu on a computer and Baoyi and VoiceOver on a phone, plus braille basics. You agree lesson times with each learner, and there's no camera. We have a graded set of lesson plans, and new tutors sit in on two lessons with an experienced tutor first. You need to be fluent with at least two screen readers; teaching braille adds ¥10 an hour. Pay is ¥40–60 an hour, settled monthly under a service agreement, with no social insurance.",
    how_to_apply_zh:
      "在无碍就业申请，我们会约一次语音面试，请你讲一小段读屏入门课。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork and we'll arrange a voice interview in which you teach a short beginner's screen-reader lesson. No fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 4, hours_max: 10, schedule: "flexible",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["NVDA", "争渡读屏", "保益读屏", "VoiceOver"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 4000, pay_max_minor: 6000, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 60, posted_days_ago: 20,
  },
  {
    ref: "demo-059",
    employer: "desk-lamp-tutoring",
    partner: "tingsong-at-training-centre",
    title_zh: "在线辅导教师见习（重庆）",
    title_en: "Online tutoring trainee (Chongqing)",
    summary_zh:
      "三个月带薪见习，先在重庆办公室学习备课和上课，之后在家给学生上线上课。每月补贴2500元。",
    summary_en:
      "A three-month paid traineeship learning to plan and teach online lessons, starting in our Chongqing office and then teaching from home. ¥2,500 a month.",
    description_zh:
      "第一个月在渝中区办公室跟老教师备课、听课，后两个月在家独立上课，每周有一次线上教研。办公室有电梯、无台阶，有安静的备课室。上课需要开摄像头。见习补贴每月2500元，公司购买意外险，不缴纳社保。",
    description_en:
      "For the first month you plan and observe lessons with experienced teachers in our Yuzhong office; for the next two you teach from home, with a weekly online teaching meeting. The office has a lift, no steps and a quiet room for preparing lessons. Lessons need a camera. The allowance is ¥2,500 a month, with accident insurance but no social insurance.",
    how_to_apply_zh: "在无碍就业申请。不收任何费用。",
    how_to_apply_en: "Apply on AccessWork. No fees.",
    work_arrangement: "hybrid", remote_anywhere: false, province: "重庆", city: "渝中区",
    employment_form: "training", hours_min: 15, hours_max: 20, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: true,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: true, quiet_space: true,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 250000, pay_max_minor: 250000, pay_unit: "month",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "draft", deadline_in_days: 30, posted_days_ago: 0,
  },

  // ---------------------------------------------- 北京指间语言 / Zhijian
  {
    ref: "demo-060",
    employer: "zhijian-sign-language",
    partner: "mingtu-employment-centre",
    title_zh: "手语翻译（远程视频，按场次计酬）",
    title_en: "Sign language interpreter (remote video, paid per session)",
    summary_zh:
      "通过视频为聋人和听人之间的沟通做手语翻译，比如看病、办事、面试。按场次计酬，每场（一小时以内）40–80元，接不接单由你决定。需要开摄像头。",
    summary_en:
      "Interpret by video between Deaf and hearing people: at the doctor's, at government offices, in job interviews. Paid per session, ¥40–80 for up to an hour, and you decide which bookings to take. You'll need your camera on.",
    description_zh:
      "预约通过我们的手语服务小程序派出，一般提前一天发布，也有少量当天的加急单。每场服务通常在一小时以内，普通场次40元，医疗、法律等专业场次最高80元。你需要在安静、光线好、背景简单的地方，用电脑或手机开视频。要求能流畅使用国家通用手语和当地常用的手语，有手语翻译员证书或两年以上翻译经验；我们也欢迎聋人译员和听人译员搭档做接力翻译。第一个月，督导会回看每场的部分录像并给你反馈。翻译内容严格保密。每月结算，不缴纳社保。",
    description_en:
      "Bookings come through our sign language service mini-program, usually a day ahead, with a few same-day requests. Most sessions last under an hour: ordinary ones pay ¥40, and specialist medical or legal sessions up to ¥80. You'll need a quiet, well-lit spot with a plain background, and a computer or phone for video. You need fluent national standard Chinese Sign Language and the signing commonly used in your area, plus an interpreter certificate or two years' interpreting experience. We also welcome relay interpreting, with Deaf and hearing interpreters working as a pair. In your first month a supervisor reviews part of each session's recording and gives you feedback. Everything you interpret is strictly confidential. Payment is monthly, with no social insurance.",
    how_to_apply_zh: "在无碍就业申请，我们会约一次视频面试，面试全程用手语。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork and we'll arrange a video interview held entirely in sign language. No fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "piecework", hours_min: 2, hours_max: 15, schedule: "flexible",
    text_only_possible: false, phone_required: false, camera_required: true,
    sign_language_support: true, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: false, mentor_support: true, trial_period: false,
    pay_min_minor: 4000, pay_max_minor: 8000, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 45, posted_days_ago: 4,
  },
  {
    ref: "demo-061",
    employer: "zhijian-sign-language",
    partner: "mingtu-employment-centre",
    title_zh: "手语教师（线上小班课，兼职）",
    title_en: "Sign language teacher (online classes, part-time)",
    summary_zh:
      "在线上小班给听人学员教手语入门课。每周4–10小时，固定在晚上上课，每小时40–60元。特别欢迎聋人老师，课堂全程配字幕。",
    summary_en:
      "Teach beginner sign language to small online classes of hearing learners. 4–10 hours a week on fixed evenings, at ¥40–60 an hour. Deaf teachers especially welcome, and classes are captioned throughout.",
    description_zh:
      "学员多是医护人员、社工、窗口单位工作人员和聋人的家人。每个班8到12人，每周上两次课，每次90分钟。我们有一套现成的12周教材，你可以结合自己的经验调整。课上有助教负责文字答疑和技术问题，平台开实时字幕，聋人老师和听人学员之间沟通不需要另请翻译。上课要开摄像头，手语要清楚、规范。有教学经验的优先；你的第一期课，教研组长会来听课并给反馈。课时费每小时40到60元，每月结算，签劳务协议，不缴纳社保。",
    description_en:
      "Learners are mostly health workers, social workers, public-service staff and relatives of Deaf people. Each class has 8–12 people and meets twice a week for 90 minutes. There's a ready-made 12-week course, which you can adapt from your own experience. A teaching assistant handles text questions and technical problems, and the platform runs live captions, so a Deaf teacher and hearing learners can communicate without a separate interpreter. You'll need your camera on and clear, standard signing. Teaching experience is a plus; during your first course the lead teacher sits in and gives feedback. Pay is ¥40–60 an hour, settled monthly under a service agreement, with no social insurance.",
    how_to_apply_zh:
      "在无碍就业申请，可以写几句自我介绍，也可以附一段手语视频。试讲在线上进行，不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork with a few written lines or a short signed video about yourself. The trial lesson is online. No fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 4, hours_max: 10, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: true,
    sign_language_support: true, captioned_meetings: true,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: true,
    pay_min_minor: 4000, pay_max_minor: 6000, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 30, posted_days_ago: 7,
  },
  {
    ref: "demo-062",
    employer: "zhijian-sign-language",
    partner: "mingtu-employment-centre",
    title_zh: "手语翻译（全职，北京朝阳）",
    title_en: "Sign language interpreter (full-time, Beijing)",
    summary_zh:
      "全职手语翻译，为会议、培训和发布会提供现场和视频翻译。每周约3天外出或在办公室，其余时间在家，月薪6500–9000元，缴纳五险一金。",
    summary_en:
      "Full-time sign language interpreter for conferences, training sessions and press events, in person and by video. About three days a week on assignment or in the office and the rest at home; ¥6,500–9,000 a month with social insurance and housing fund.",
    description_zh:
      "你和另一位译员搭档，在会议、培训和活动现场做翻译，也为视频节目录制手语窗口。外出任务主要在北京城区，交通费实报实销；没有任务的日子可以在家备稿或做视频翻译。办公室在朝阳区一栋写字楼的2楼，有电梯、无台阶，有一间安静的休息室。团队里有聋人和听人同事，内部会议都开字幕、配手语。需要手语翻译员证书或三年以上翻译经验，能胜任比较正式的场合。连续翻译不超过30分钟就要换人，这一点我们严格执行。试用期两个月，工资不打折，五险一金按北京标准缴纳。",
    description_en:
      "Working with a partner interpreter, you'll interpret live at conferences, training sessions and events, and record sign language windows for video programmes. Assignments are mostly in central Beijing, with travel costs reimbursed in full; on days without one you can prepare or do video work from home. The office is on the second floor of a building in Chaoyang, with a lift, no steps and a quiet room. The team is Deaf and hearing, and every internal meeting is captioned and signed. You need an interpreter certificate or three years' experience, and to be at ease in formal settings. Interpreters swap at least every 30 minutes, and we stick to that. Probation is two months on full pay, with social insurance and the housing fund paid at Beijing rates.",
    how_to_apply_zh:
      "在无碍就业申请，附上你的证书或翻译经历。面试包括一段现场模拟翻译。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork with your certificate or interpreting experience. The interview includes a short live interpreting exercise. No fees.",
    work_arrangement: "hybrid", remote_anywhere: false, province: "北京", city: "朝阳区",
    employment_form: "full_time", hours_min: 40, hours_max: 40, schedule: "flexible",
    text_only_possible: false, phone_required: false, camera_required: true,
    sign_language_support: true, captioned_meetings: true,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: true, quiet_space: true,
    training_provided: false, mentor_support: true, trial_period: true,
    pay_min_minor: 650000, pay_max_minor: 900000, pay_unit: "month",
    social_insurance: true, medical_insurance: true, housing_fund: true,
    status: "published", deadline_in_days: 60, posted_days_ago: 16,
  },
  {
    ref: "demo-063",
    employer: "zhijian-sign-language",
    partner: "mingtu-employment-centre",
    title_zh: "视频字幕与手语窗口制作（按条计酬）",
    title_en: "Video captions and sign language windows (per video)",
    summary_zh:
      "在家给政务和公益视频加字幕、合成手语窗口。按条计酬，每条（10分钟以内）30–60元，时间自己安排。团队以聋人为主，全程用文字和手语沟通。",
    summary_en:
      "Add captions and sign language windows to public-service and charity videos, from home. Paid per video, ¥30–60 for up to 10 minutes, on your own schedule. The team is mostly Deaf, and everything happens in text or sign language.",
    description_zh:
      "每条视频都附有文字稿和手语译员录好的手语画面，你要对好字幕时间轴，把手语窗口合成到画面右下角，再检查字幕和手语是否同步。用剪映专业版或Premiere都可以，我们有详细的图文教程。每条30到60元，按时长和难度定，一次以内的修改包含在费用里。团队沟通全部在文字群里，每周的线上例会有手语和字幕，听力情况不影响参加。需要一台能剪辑视频的电脑。每月10日结算，不缴纳社保。",
    description_en:
      "Each video comes with a script and a recording of a sign language interpreter. You time the captions, composite the signing window into the bottom-right corner and check that captions and signing stay in sync. You can use CapCut desktop or Premiere, and we provide detailed illustrated guides. Pay is ¥30–60 a video depending on length and difficulty, with one round of changes included. All team communication happens in text groups, and the weekly online meeting is signed and captioned, so your hearing makes no difference to taking part. You'll need a computer that can edit video. Payment is on the 10th of each month, with no social insurance.",
    how_to_apply_zh: "在无碍就业申请，我们会发一条练习视频，做完后用文字给你反馈。不收任何费用。",
    how_to_apply_en:
      "Apply on AccessWork and we'll send you a practice video, then give you feedback in writing. No fees.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "piecework", hours_min: 4, hours_max: 15, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: true, captioned_meetings: true,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: false, trial_period: true,
    pay_min_minor: 3000, pay_max_minor: 6000, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: null, posted_days_ago: 26,
  },
  {
    ref: "demo-064",
    employer: "zhijian-sign-language",
    partner: "mingtu-employment-centre",
    title_zh: "手语翻译见习（北京，带薪）",
    title_en: "Sign language interpreting traineeship (Beijing, paid)",
    summary_zh:
      "四个月带薪见习，跟着资深译员学习会议和公共服务场合的手语翻译。每月补贴2500–3000元。本期报名已截止。",
    summary_en:
      "A four-month paid traineeship interpreting at meetings and in public services alongside senior interpreters. ¥2,500–3,000 a month. Applications for this intake have closed.",
    description_zh:
      "见习生先跟着资深译员观摩，再逐步承担短时段的翻译，每周有一次集中训练和录像复盘。每周在朝阳区办公室2到3天，其余时间在家练习和做视频任务。办公室有电梯、无台阶，有安静的休息室，内部会议配字幕和手语。适合手语基础好、想系统学翻译的聋人和听人。每月补贴2500到3000元，公司购买意外险，不缴纳社保。本期报名已截止，下一期开始招募时会重新发布。",
    description_en:
      "Trainees start by observing senior interpreters and gradually take on short stretches of interpreting themselves, with a weekly training session and video review. You spend two or three days a week in the Chaoyang office and the rest practising and doing video work from home. The office has a lift, no steps and a quiet room, and internal meetings are captioned and signed. It suits Deaf and hearing people with strong signing who want proper training as interpreters. The allowance is ¥2,500–3,000 a month, with accident insurance but no social insurance. This intake has closed; the next one will be posted when recruitment opens.",
    how_to_apply_zh: "本期报名已截止。可以在无碍就业关注指间语言服务，下一期开始招募时会通知你。",
    how_to_apply_en: "This intake has closed. Follow Zhijian on AccessWork to hear when the next one opens.",
    work_arrangement: "hybrid", remote_anywhere: false, province: "北京", city: "朝阳区",
    employment_form: "training", hours_min: 20, hours_max: 30, schedule: "fixed",
    text_only_possible: false, phone_required: false, camera_required: true,
    sign_language_support: true, captioned_meetings: true,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: true, quiet_space: true,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 250000, pay_max_minor: 300000, pay_unit: "month",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: -10, posted_days_ago: 40,
  },
  {
    ref: "demo-065",
    employer: "zhijian-sign-language",
    partner: "mingtu-employment-centre",
    title_zh: "手语直播与短视频创业扶持",
    title_en: "Start your own sign language channel (start-up support)",
    summary_zh:
      "帮会手语的聋人朋友做自己的手语直播或短视频账号，可以讲生活、教手语或带货。一对一辅导三个月；收入取决于粉丝和带货量，往期学员半年后每月大约2000–6000元。",
    summary_en:
      "For Deaf signers who want to run their own sign language live streams or short-video channels, whether about daily life, teaching sign or selling products. Three months of one-to-one coaching; income depends on your audience and sales, and past participants were earning about ¥2,000–6,000 a month after six months.",
    description_zh:
      "辅导老师自己就是聋人主播，全程用手语和文字沟通。内容包括账号定位、拍摄和剪辑、加字幕、直播带货的规则，以及怎样识别平台上的虚假合作和收费陷阱。我们会把合作社和网店的手工艺品、农产品介绍给你带货，佣金按平台规则结算，全部归你。项目不收培训费，也不会要求你买设备或买流量，一部手机加一个支架就能开始。收入起伏很大，前几个月可能很少。我们会帮你了解以灵活就业人员身份缴纳养老和医疗保险的办法。",
    description_en:
      "Your coach is a Deaf streamer too, and everything happens in sign language and text. The coaching covers finding your niche, filming and editing, adding captions, the rules for selling on live streams, and how to spot fake partnership offers and fee scams. We'll introduce you to cooperatives and online shops whose crafts and farm produce you can sell, with commission paid under the platform's rules and all of it yours. The programme charges no training fee, and we'll never ask you to buy equipment or paid promotion: a phone and a stand are enough to start. Income goes up and down a lot and can be very low at first. We'll help you find out how to pay into pension and medical insurance as a flexible worker.",
    how_to_apply_zh: "在无碍就业报名，可以附一段手语自我介绍视频。我们会约你用手语视频聊一聊。全程免费。",
    how_to_apply_en:
      "Sign up on AccessWork; a short signed video introducing yourself is welcome. We'll arrange a video chat in sign language. It's free throughout.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "self_employment", hours_min: 8, hours_max: 25, schedule: "flexible",
    text_only_possible: false, phone_required: false, camera_required: true,
    sign_language_support: true, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 200000, pay_max_minor: 600000, pay_unit: "month",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 75, posted_days_ago: 12,
  },

  // ---------------------------------------------- 信阳茶乡电商（仅中文）
  {
    ref: "demo-066",
    employer: "chaxiang-tea-shop",
    partner: "guangshan-hexiang-employment-centre",
    title_zh: "茶叶网店在线客服（文字，兼职）",
    title_en: null,
    summary_zh:
      "在家为信阳茶叶网店做在线客服，用文字回答顾客关于口感、冲泡和发货的问题。每周8–15小时，时间灵活，每小时20–26元。",
    summary_en: null,
    description_zh:
      "我们卖信阳毛尖和本地红茶，顾客常问新茶什么时候到、怎么冲泡、能放多久。店里有一份整理好的问答文档，新人第一周照着回答，就能应付大部分问题。客服后台可以用电脑网页版，也可以用手机应用：电脑上用争渡读屏测试过，手机上用保益读屏测试过。每天上午9点到晚上11点都有人值班，你在每周的排班表里选时段。春茶季（三到五月）咨询多，时薪上调到26元，其余月份20元。本岗位不缴纳社保；如果你在光山县，禾乡就业服务中心可以帮你申请残疾人灵活就业社保补贴，其他地方可以问问当地残联。",
    description_en: null,
    how_to_apply_zh: "在无碍就业申请，面试是一次15分钟的文字模拟接待。不收任何费用，也不用买茶。",
    how_to_apply_en: null,
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 8, hours_max: 15, schedule: "flexible",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: true, screen_reader_tools: ["争渡读屏", "保益读屏"],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 2000, pay_max_minor: 2600, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 30, posted_days_ago: 0,
  },
  {
    ref: "demo-067",
    employer: "chaxiang-tea-shop",
    partner: "guangshan-hexiang-employment-centre",
    title_zh: "春茶季直播助理（信阳，三到五月）",
    title_en: null,
    summary_zh:
      "春茶季帮茶叶网店做直播助理：回复评论、上架商品、核对订单。三到五月，每周10–20小时，部分时间在茶厂直播间，部分在家，每小时22–30元。你不用出镜。",
    summary_en: null,
    description_zh:
      "春茶上市的三个月里，我们每天下午和晚上各直播一场。你在后台回复观众的问题、按顺序上架商品，直播结束后核对订单，不需要出镜。在家的日子只做评论回复；到直播间的日子还要帮忙准备样茶。直播间在信阳市区茶厂的一楼，门口有坡道，卫生间有扶手，但环境比较吵，没有单独的安静房间。上岗前先跟两场直播。每小时22元，三月下旬订单最多的两周涨到30元。这是季节性工作，五月底结束；做得好的，明年春茶季优先请你回来。不缴纳社保，在直播间的日子购买意外险。",
    description_en: null,
    how_to_apply_zh: "在无碍就业申请，我们会请你在线上旁观一场直播，再用文字聊几句。不收任何费用。",
    how_to_apply_en: null,
    work_arrangement: "hybrid", remote_anywhere: false, province: "河南", city: "信阳",
    employment_form: "flexible", hours_min: 10, hours_max: 20, schedule: "fixed",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: true, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 2200, pay_max_minor: 3000, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 10, posted_days_ago: 3,
  },
  {
    ref: "demo-068",
    employer: "chaxiang-tea-shop",
    partner: "guangshan-hexiang-employment-centre",
    title_zh: "茶叶打包计件工（光山县城仓库）",
    title_en: null,
    summary_zh:
      "在光山县城的茶叶仓库里称重、装袋、装盒。按盒计酬，每盒0.5–1元，上班时间自己选。仓库在一楼，无台阶，可以坐着做。",
    summary_en: null,
    description_zh:
      "工作是按订单把茶叶称好、装进密封袋，再放进礼盒、贴好标签。每盒0.5到1元，礼盒装的工序多，单价高一些；熟练后每小时能装40到60盒。仓库在光山县城，一楼，全程无台阶，有可以坐着操作的工作台和一间安静的休息室。早上8点到晚上8点之间随时可以来，每周来几天由你定。第一天有师傅手把手教，称重用的电子秤带语音播报。每周五结算。计件工作不缴纳社保，禾乡就业服务中心可以帮你申请灵活就业社保补贴。",
    description_en: null,
    how_to_apply_zh:
      "在无碍就业申请，也可以请村里的残联专职委员帮你报名。可以先来仓库看看再决定。不收任何费用。",
    how_to_apply_en: null,
    work_arrangement: "on_site", remote_anywhere: false, province: "河南", city: "信阳",
    employment_form: "piecework", hours_min: 8, hours_max: 30, schedule: "flexible",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: true, step_free_workplace: true, quiet_space: true,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 50, pay_max_minor: 100, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: null, posted_days_ago: 8,
  },
  {
    ref: "demo-069",
    employer: "chaxiang-tea-shop",
    partner: "guangshan-hexiang-employment-centre",
    title_zh: "开一家自己的茶叶网店（河南省内创业扶持）",
    title_en: null,
    summary_zh:
      "家里有茶园、或能收到本地好茶的河南残疾人，我们帮你开一家自己的茶叶网店：拍照、定价、包装、发货都有人教。收入看销量和季节，往期学员全年平均每月大约2000–5000元。",
    summary_en: null,
    description_zh:
      "茶乡电商服务部和禾乡就业服务中心一起办这个项目。第一个月每周两次线上课，讲开店、产品拍照、写介绍和食品经营的相关要求；之后有一对一辅导，春茶季前还会上门帮你看茶和包装，所以只招河南的朋友。你可以按成本价用我们统一设计的包装，不强制。我们也会在自己的直播间帮你代卖一部分茶，代卖收10%的服务费。茶叶生意季节性很强，收入集中在春季，其他月份会少很多。项目不收任何培训费、加盟费或保证金。我们会帮你申请当地残联的自主创业扶持，并讲清楚怎样以灵活就业人员身份缴纳养老和医疗保险。",
    description_en: null,
    how_to_apply_zh:
      "在无碍就业报名，写明你在河南哪个县、家里茶园的情况。我们会按你方便的方式联系你，打电话或发文字消息都行。全程免费。",
    how_to_apply_en: null,
    work_arrangement: "remote", remote_anywhere: false, province: "河南", city: null,
    employment_form: "self_employment", hours_min: 10, hours_max: 30, schedule: "flexible",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: false,
    pay_min_minor: 200000, pay_max_minor: 500000, pay_unit: "month",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "published", deadline_in_days: 90, posted_days_ago: 33,
  },

  // ---------------------------------------------- 东莞立青电子 / Liqing Electronics
  {
    ref: "demo-070",
    employer: "liqing-electronics",
    partner: "qingyou-labour-services",
    title_zh: "电路板质检员（东莞，全职）",
    title_en: "Circuit board inspector (Dongguan, full-time)",
    summary_zh:
      "在东莞工厂用放大镜灯检查电路板质量。长白班，每周5天半，月薪4800–6000元，缴纳五险一金，提供免费宿舍。班组长会手语。",
    summary_en:
      "Inspect circuit boards under magnifier lamps at our Dongguan factory. Day shifts only, five and a half days a week, ¥4,800–6,000 a month with social insurance and housing fund, and a free dormitory place. Team leaders sign.",
    description_zh:
      "你对照样板检查电路板上的焊点、元件方向和标签，把不合格品挑出来并登记。工位配有放大镜灯和可调高度的座椅，大部分时间坐着工作。上班时间是早上8点到下午5点半，周六上半天，不上夜班；加班自愿，按规定付加班费。厂区和宿舍都无台阶，车间有无障碍卫生间和一间安静的休息室。质检班组的班组长和两位同事会手语，操作规程有图文版，聋人同事完全可以用手语和文字沟通。入职有一周带薪培训。试用期一个月，工资不打折，五险一金按东莞标准缴纳，宿舍免费，食堂有餐补。",
    description_en:
      "Working against a reference board, you'll check solder joints, component orientation and labels, then pick out and log any faulty boards. Each workstation has a magnifier lamp and an adjustable chair, and most of the work is done sitting down. Hours are 8 am to 5:30 pm plus Saturday mornings, with no night shifts; overtime is voluntary and paid at the legal rate. The factory and dormitory are step-free, and the workshop has an accessible toilet and a quiet room. The inspection team leader and two colleagues sign, and the work instructions are illustrated, so Deaf colleagues can communicate entirely in sign language and writing. There's a week of paid training when you start. Probation is one month on full pay. Social insurance and the housing fund are paid at Dongguan rates, the dormitory is free, and there's a canteen meal allowance.",
    how_to_apply_zh:
      "在无碍就业申请，青柚劳务会联系你安排进厂参观和面试，面试可以用手语或文字。劳务公司和工厂都不收任何费用，也不扣押任何证件。",
    how_to_apply_en:
      "Apply on AccessWork and Qingyou Labour Services will contact you to arrange a factory visit and interview, in sign language or writing if you prefer. Neither the labour company nor the factory charges any fees, and nobody will hold on to your documents.",
    work_arrangement: "on_site", remote_anywhere: false, province: "广东", city: "东莞",
    employment_form: "full_time", hours_min: 44, hours_max: 48, schedule: "fixed",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: true, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: true, step_free_workplace: true, quiet_space: true,
    training_provided: true, mentor_support: true, trial_period: true,
    pay_min_minor: 480000, pay_max_minor: 600000, pay_unit: "month",
    social_insurance: true, medical_insurance: true, housing_fund: true,
    status: "published", deadline_in_days: 30, posted_days_ago: 2,
  },
  {
    ref: "demo-071",
    employer: "liqing-electronics",
    partner: "qingyou-labour-services",
    title_zh: "产线装配工（班组长会手语）",
    title_en: "Assembly line worker (signing team leader)",
    summary_zh:
      "在东莞工厂的装配线上组装小家电电路板，班组里有会手语的班组长和聋人同事。月薪4500–5500元，缴纳五险一金，提供宿舍。",
    summary_en:
      "Assemble circuit boards for small appliances on our Dongguan production line, in a team with a signing team leader and Deaf colleagues. ¥4,500–5,500 a month with social insurance and housing fund, and a dormitory place.",
    description_zh:
      "工作是在流水线上插装元件、拧螺丝和贴标签，节拍固定，熟练后并不难。这个班组有12人，其中5位是聋人同事；班组长会手语，开工前用手语和文字交代当天的任务，车间警报同时有闪灯提示。需要双手操作，大部分工位可以坐着。白班8点到5点半，周六上半天；旺季安排两班倒，夜班有补贴，入职时可以说明不上夜班。厂区无台阶，宿舍四人一间，带独立卫生间。入职有一周带薪培训，试用期一个月，工资不打折，五险一金按东莞标准缴纳。",
    description_en:
      "You'll insert components, drive screws and apply labels on the line. The pace is fixed and becomes easy with practice. The team has 12 people, five of them Deaf; the team leader signs and briefs everyone in sign language and writing before each shift, and workshop alarms also flash. The work uses both hands, and most stations can be worked sitting down. The day shift runs 8 to 5:30 plus Saturday mornings. In the busy season there are two shifts, with a night-shift allowance, and you can say when you join that you won't work nights. The site is step-free, and dormitory rooms sleep four with their own bathroom. There's a week of paid training, probation is one month on full pay, and social insurance and the housing fund are paid at Dongguan rates.",
    how_to_apply_zh:
      "在无碍就业申请，青柚劳务会用文字或手语视频联系你。我们不收任何中介费，也不扣押身份证或残疾证。",
    how_to_apply_en:
      "Apply on AccessWork and Qingyou Labour Services will contact you by text or a signed video call. We charge no agency fee and never hold on to your ID card or disability certificate.",
    work_arrangement: "on_site", remote_anywhere: false, province: "广东", city: "东莞",
    employment_form: "full_time", hours_min: 44, hours_max: 48, schedule: "fixed",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: true, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: true, quiet_space: false,
    training_provided: true, mentor_support: true, trial_period: true,
    pay_min_minor: 450000, pay_max_minor: 550000, pay_unit: "month",
    social_insurance: true, medical_insurance: true, housing_fund: true,
    status: "published", deadline_in_days: 40, posted_days_ago: 11,
  },
  {
    ref: "demo-072",
    employer: "liqing-electronics",
    partner: "qingyou-labour-services",
    title_zh: "包装计件工（东莞，班次自选）",
    title_en: "Packing work (Dongguan, piece rate, choose your shifts)",
    summary_zh: "在东莞工厂的包装车间给成品装箱、封箱，按箱计酬，每箱0.3–0.6元，班次自选。本批招聘已结束。",
    summary_en:
      "Pack and seal finished products in cartons at our Dongguan factory, paid ¥0.30–0.60 per carton, in shifts you choose. This round of recruitment has ended.",
    description_zh:
      "包装车间每天分早、中两个时段，你可以只来其中一段。工作是把成品装进纸箱、封箱、贴标，熟练后每小时能装60到100箱。车间无台阶，可以坐着操作。按箱计酬，每周结算，不缴纳社保。本批人数已招满，岗位已关闭。",
    description_en:
      "The packing workshop runs a morning and an afternoon session each day, and you can come for just one. The work is putting finished products into cartons, sealing them and labelling them; with practice you'll pack 60–100 an hour. The workshop is step-free, and you can work sitting down. Pay is per carton, settled weekly, with no social insurance. This round is full and the opening is closed.",
    how_to_apply_zh: "本岗位已停止招聘，可以在无碍就业关注立青电子的其他岗位。",
    how_to_apply_en: "This opening is closed. You can follow Liqing Electronics' other openings on AccessWork.",
    work_arrangement: "on_site", remote_anywhere: false, province: "广东", city: "东莞",
    employment_form: "piecework", hours_min: 10, hours_max: 40, schedule: "flexible",
    text_only_possible: false, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: true, quiet_space: false,
    training_provided: true, mentor_support: false, trial_period: false,
    pay_min_minor: 30, pay_max_minor: 60, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "closed", deadline_in_days: -2, posted_days_ago: 40,
  },

  // ------------------------------- employers not yet verified: never published
  {
    ref: "demo-073",
    employer: "suda-online-services",
    partner: "guangshan-hexiang-employment-centre",
    title_zh: "在线客服（远程，兼职）",
    title_en: "Online customer service (remote, part-time)",
    summary_zh: "在家用文字接待电商顾客的咨询。每周10–20小时，每小时20–25元。",
    summary_en: "Handle online shoppers' questions by text chat from home. It's 10–20 hours a week, at ¥20–25 an hour.",
    description_zh:
      "主要处理订单查询、物流和退换货咨询，有回复模板可以参考。班次在每周排班表里自选，上岗前有线上培训。本岗位不缴纳社保。",
    description_en:
      "Mostly order, delivery and returns questions, with template answers to draw on. You pick shifts on the weekly rota, and there's online training before you start. No social insurance is included.",
    how_to_apply_zh: "在无碍就业申请，面试用文字进行。",
    how_to_apply_en: "Apply on AccessWork; the interview is by text.",
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "flexible", hours_min: 10, hours_max: 20, schedule: "flexible",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: true, mentor_support: false, trial_period: false,
    pay_min_minor: 2000, pay_max_minor: 2500, pay_unit: "hour",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "pending_review", deadline_in_days: 30, posted_days_ago: 0,
  },
  {
    ref: "demo-074",
    employer: "xingdian-consulting",
    partner: "mingtu-employment-centre",
    title_zh: "问卷数据录入员（远程）",
    title_en: null,
    summary_zh: "在家把问卷扫描件录入在线表格。按条计酬，每条0.3–0.6元。",
    summary_en: null,
    description_zh: "把客户提供的纸质问卷扫描件录入在线表格，每份问卷算一条。具体要求和结算方式待补充。",
    description_en: null,
    how_to_apply_zh: "在无碍就业申请。",
    how_to_apply_en: null,
    work_arrangement: "remote", remote_anywhere: true, province: null, city: null,
    employment_form: "piecework", hours_min: 5, hours_max: 20, schedule: "asynchronous",
    text_only_possible: true, phone_required: false, camera_required: false,
    sign_language_support: false, captioned_meetings: false,
    screen_reader_tested: false, screen_reader_tools: [],
    assistive_devices_provided: false, step_free_workplace: false, quiet_space: false,
    training_provided: false, mentor_support: false, trial_period: false,
    pay_min_minor: 30, pay_max_minor: 60, pay_unit: "piece",
    social_insurance: false, medical_insurance: false, housing_fund: false,
    status: "draft", deadline_in_days: null, posted_days_ago: 0,
  },
];
