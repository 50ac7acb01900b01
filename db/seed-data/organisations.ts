import type { SeedOrganisation } from "../seed-types";

// Demo organisations. Every name is made up and marked as demo data:
// Chinese names end with "（示例）", English names with " (demo)".
// Locations use real provinces and cities: province as its short name
// ("江苏", "北京"), city as the prefecture-level city, or the district
// for the four municipalities ("北京" + "海淀区").
// Verified employers carry a made-up unified social credit code (统一社会信用代码) in the real
// format: the registration type, the region code of their place, and a valid check character.

export const seedOrganisations: SeedOrganisation[] = [
  // ---------------------------------------------------------------- partners
  {
    slug: "mingtu-employment-centre",
    kind: "partner",
    partner_type: "employment_centre",
    name_zh: "明途残疾人就业服务中心（示例）",
    name_en: "Mingtu Disability Employment Service Centre (demo)",
    description_zh:
      "一家示例的城市残联就业服务中心，位于北京海淀区。我们核实用人单位的营业执照，审核岗位信息，也可以陪你一起完成线上申请。",
    description_en:
      "A demo employment service centre run by a city disabled persons' federation in Haidian, Beijing. We check employers' business licences, review every opening, and can help you through an application.",
    province: "北京",
    city: "海淀区",
    website: "https://example.org/mingtu",
    verification_status: "verified",
  },
  {
    slug: "guangshan-hexiang-employment-centre",
    kind: "partner",
    partner_type: "employment_centre",
    name_zh: "光山县禾乡就业服务中心（示例）",
    name_en: "Hexiang County Employment Service Centre, Guangshan (demo)",
    description_zh:
      "示例的县级残疾人就业服务中心，服务河南信阳光山县的各个乡镇。我们帮助农村残疾人在家做数据标注、网店客服等远程工作，并在乡镇组织免费培训。",
    description_en:
      "A demo county-level employment service centre covering the townships of Guangshan County, Xinyang. We help disabled people in villages find remote work they can do from home, such as data annotation and online-shop customer service, and run free training in the townships.",
    province: "河南",
    city: "信阳",
    website: null,
    verification_status: "verified",
  },
  {
    slug: "qingyou-labour-services",
    kind: "partner",
    partner_type: "labour_company",
    name_zh: "深圳青柚劳务服务有限公司（示例）",
    name_en: "Qingyou Labour Services, Shenzhen (demo)",
    description_zh:
      "示例劳务公司，为珠三角的工厂和服务企业招聘员工，也通过直播介绍岗位。我们只推荐签订正式合同的真实岗位，从不向求职者收取任何费用。",
    description_en:
      "A demo labour service company that recruits for factories and service firms in the Pearl River Delta, including through live streams. We only put forward real jobs with a proper contract, and we never charge job seekers anything.",
    province: "广东",
    city: "深圳",
    website: "https://example.org/qingyou",
    verification_status: "verified",
  },
  {
    slug: "yunzhan-digital-park",
    kind: "partner",
    partner_type: "digital_park",
    name_zh: "金坛云栈数字经济产业园（示例）",
    name_en: "Yunzhan Digital Economy Park, Jintan (demo)",
    description_zh:
      "示例数字经济产业园，位于江苏常州金坛区，园内有多家数据标注和人工智能训练企业。园区服务站帮助残疾人远程接单，也提供无障碍的集中办公区。",
    description_en:
      "A demo digital-economy park in Jintan District, Changzhou, home to several data annotation and AI training firms. Its service desk helps disabled people take on remote work and runs a step-free shared office.",
    province: "江苏",
    city: "常州",
    website: "https://example.org/yunzhan-park",
    verification_status: "verified",
  },
  {
    slug: "tingsong-at-training-centre",
    kind: "partner",
    partner_type: "training_centre",
    name_zh: "成都听松辅助技术培训中心（示例）",
    name_en: "Tingsong Assistive Technology Training Centre, Chengdu (demo)",
    description_zh:
      "示例培训机构，开设读屏软件、信息无障碍测试和办公软件课程。课程免费，学完后我们把学员推荐给合作企业。",
    description_en:
      "A demo training centre teaching screen readers, accessibility testing and office software. Courses are free, and we introduce graduates to the employers we work with.",
    province: "四川",
    city: "成都",
    website: "https://example.org/tingsong",
    verification_status: "verified",
  },
  {
    slug: "shanhe-social-enterprise",
    kind: "partner",
    partner_type: "social_enterprise",
    name_zh: "杭州山禾助残社会企业（示例）",
    name_en: "Shanhe Social Enterprise, Hangzhou (demo)",
    description_zh:
      "示例社会企业，帮助残疾人开网店、做手工艺品和非遗产品，并对接电商企业的远程岗位。我们的利润主要用于培训和开店扶持。",
    description_en:
      "A demo social enterprise that helps disabled people open online shops, sell handicrafts and heritage products, and find remote jobs with e-commerce firms. Most of our profit goes back into training and start-up support.",
    province: "浙江",
    city: "杭州",
    website: "https://example.org/shanhe",
    verification_status: "verified",
  },

  // --------------------------------------------------------------- employers
  {
    slug: "brightline-annotation",
    kind: "employer",
    partner_type: null,
    name_zh: "光山明线数据标注有限公司（示例）",
    name_en: "Guangshan Brightline Annotation Co. (demo)",
    description_zh:
      "示例企业，在光山县做图像、语音和文本数据标注。大部分标注员在家远程工作，县城办公点负责培训和质检。",
    description_en:
      "A demo company in Guangshan County doing image, speech and text annotation. Most annotators work from home; the office in town handles training and quality checks.",
    province: "河南",
    city: "信阳",
    website: "https://example.org/brightline",
    verification_status: "verified",
    credit_code: "91411522MAR1TJCKBA",
  },
  {
    slug: "hemu-data",
    kind: "employer",
    partner_type: null,
    name_zh: "常州禾木数据科技有限公司（示例）",
    name_en: "Hemu Data Technology, Changzhou (demo)",
    description_zh:
      "示例企业，位于金坛数字经济产业园，为大模型公司做对话评估和文本标注。团队里约三分之一是残疾人同事。",
    description_en:
      "A demo company in the Jintan digital-economy park that rates chatbot answers and labels text for AI model makers. About a third of the team are disabled.",
    province: "江苏",
    city: "常州",
    website: "https://example.org/hemu-data",
    verification_status: "verified",
    credit_code: "91320413MAWYDPG55P",
  },
  {
    slug: "celadon-lane-ecommerce",
    kind: "employer",
    partner_type: null,
    name_zh: "杭州青瓷巷电子商务有限公司（示例）",
    name_en: "Celadon Lane E-commerce, Hangzhou (demo)",
    description_zh:
      "示例电商企业，经营几家家居和手工艺品网店，每天晚上有直播。客服和运营岗位大多可以远程。",
    description_en:
      "A demo e-commerce firm running several homeware and handicraft shops online, with a live stream most evenings. Most customer service and operations roles can be done remotely.",
    province: "浙江",
    city: "杭州",
    website: "https://example.org/celadon-lane",
    verification_status: "verified",
    credit_code: "91330106MAHWD2ARJ2",
  },
  {
    slug: "shengjing-qa",
    kind: "employer",
    partner_type: null,
    name_zh: "深圳声景软件测试有限公司（示例）",
    name_en: "Shengjing Software Testing, Shenzhen (demo)",
    description_zh:
      "示例软件测试公司，专做信息无障碍测试和功能测试。我们的无障碍测试团队主要由读屏用户组成。",
    description_en:
      "A demo software testing company specialising in accessibility and functional testing. Our accessibility team is made up mostly of screen-reader users.",
    province: "广东",
    city: "深圳",
    website: "https://example.org/shengjing",
    verification_status: "verified",
    credit_code: "91440305MAXJ48077H",
  },
  {
    slug: "anyu-customer-service",
    kind: "employer",
    partner_type: null,
    name_zh: "北京安语云客服科技有限公司（示例）",
    name_en: "Anyu Cloud Customer Service, Beijing (demo)",
    description_zh:
      "示例客服外包企业，为电商和公共服务平台提供在线文字客服。客服系统的网页版已用读屏软件测试过。",
    description_en:
      "A demo outsourcing firm providing text-chat customer service for online shops and public service platforms. The web version of our chat system has been tested with screen readers.",
    province: "北京",
    city: "海淀区",
    website: "https://example.org/anyu",
    verification_status: "verified",
    credit_code: "91110108MA6G3HWJX6",
  },
  {
    slug: "qingqu-content",
    kind: "employer",
    partner_type: null,
    name_zh: "武汉清渠内容科技有限公司（示例）",
    name_en: "Qingqu Content Services, Wuhan (demo)",
    description_zh:
      "示例企业，为资讯和社区平台做内容审核与文字校对。审核员可以轮换任务，公司提供心理支持。",
    description_en:
      "A demo company doing content moderation and proofreading for news and community platforms. Moderators can rotate between tasks, and counselling is available.",
    province: "湖北",
    city: "武汉",
    website: "https://example.org/qingqu",
    verification_status: "verified",
    credit_code: "91420111MA59J9U77M",
  },
  {
    slug: "palm-heart-massage",
    kind: "employer",
    partner_type: null,
    name_zh: "成都掌心推拿保健中心（示例）",
    name_en: "Palm & Heart Massage Clinic, Chengdu (demo)",
    description_zh:
      "示例推拿门店，在成都有两家店，大部分按摩师是盲人。门店无台阶，预约系统可以用读屏软件操作。",
    description_en:
      "A demo massage clinic with two branches in Chengdu; most of our therapists are blind. Both branches are step-free, and the booking system works with screen readers.",
    province: "四川",
    city: "成都",
    website: null,
    verification_status: "verified",
    credit_code: "92510104MA4YGJ4QXM",
  },
  {
    slug: "changyi-language",
    kind: "employer",
    partner_type: null,
    name_zh: "西安长译语言服务有限公司（示例）",
    name_en: "Changyi Language Services, Xi'an (demo)",
    description_zh: "示例语言服务公司，承接笔译、字幕和录音转写。大部分译员和听写员远程工作。",
    description_en:
      "A demo language services company handling translation, subtitles and transcription. Most of our translators and transcribers work remotely.",
    province: "陕西",
    city: "西安",
    website: "https://example.org/changyi",
    verification_status: "verified",
    credit_code: "91610113MAJ7RA64F3",
  },
  {
    slug: "jinxiu-handcraft-coop",
    kind: "employer",
    partner_type: null,
    name_zh: "黔东南锦绣手作合作社（示例）",
    name_en: "Jinxiu Handcraft Cooperative, Qiandongnan (demo)",
    description_zh:
      "示例手工艺合作社，做苗绣和蜡染产品，通过网店和直播销售。成员可以在家做活，合作社统一收货、质检和发货。",
    description_en:
      "A demo craft cooperative making Miao embroidery and batik, sold through online shops and live streams. Members can work from home; the cooperative collects, checks and ships the finished pieces.",
    province: "贵州",
    city: "黔东南",
    website: "https://example.org/jinxiu",
    verification_status: "verified",
    credit_code: "93522601MAJL2J2RRP",
  },
  {
    slug: "jianheng-bookkeeping",
    kind: "employer",
    partner_type: null,
    name_zh: "南京简衡财务咨询有限公司（示例）",
    name_en: "Jianheng Bookkeeping, Nanjing (demo)",
    description_zh: "示例代理记账公司，服务江浙一带的小微企业和个体户。记账工作全部在线完成。",
    description_en:
      "A demo bookkeeping firm serving small businesses and sole traders around Jiangsu and Zhejiang. All the bookkeeping is done online.",
    province: "江苏",
    city: "南京",
    website: "https://example.org/jianheng",
    verification_status: "verified",
    credit_code: "91320102MAXC5X1W3U",
  },
  {
    slug: "desk-lamp-tutoring",
    kind: "employer",
    partner_type: null,
    name_zh: "重庆小桌灯教育科技有限公司（示例）",
    name_en: "Little Desk Lamp Tutoring, Chongqing (demo)",
    description_zh: "示例在线辅导机构，为中小学生提供一对一和小班课程，也开设盲文和读屏软件辅导。",
    description_en:
      "A demo online tutoring company offering one-to-one and small-group lessons for school pupils, as well as braille and screen-reader tutoring.",
    province: "重庆",
    city: "渝中区",
    website: "https://example.org/desk-lamp",
    verification_status: "verified",
    credit_code: "91500103MAPJ409D3E",
  },
  {
    slug: "zhijian-sign-language",
    kind: "employer",
    partner_type: null,
    name_zh: "北京指间语言服务有限公司（示例）",
    name_en: "Zhijian Sign Language Services, Beijing (demo)",
    description_zh:
      "示例手语服务机构，提供手语翻译、手语课程和无障碍视频制作。团队里有聋人和听人同事，内部会议都配字幕。",
    description_en:
      "A demo sign language services organisation offering interpreting, sign language classes and accessible video production. The team is Deaf and hearing, and every internal meeting is captioned.",
    province: "北京",
    city: "朝阳区",
    website: "https://example.org/zhijian",
    verification_status: "verified",
    credit_code: "91110105MAQR2HXHBN",
  },
  {
    slug: "chaxiang-tea-shop",
    kind: "employer",
    partner_type: null,
    name_zh: "信阳茶乡电商服务部（示例）",
    name_en: null,
    description_zh: "示例网店，卖信阳本地的绿茶和红茶。春茶季订单多，需要临时增加客服和打包人手。",
    description_en: null,
    province: "河南",
    city: "信阳",
    website: null,
    verification_status: "verified",
    credit_code: "92411502MANMN762EG",
  },
  {
    slug: "liqing-electronics",
    kind: "employer",
    partner_type: null,
    name_zh: "东莞立青电子有限公司（示例）",
    name_en: "Liqing Electronics, Dongguan (demo)",
    description_zh: "示例电子厂，生产小家电的电路板。厂区无台阶，部分班组长会手语。",
    description_en:
      "A demo electronics factory making circuit boards for small appliances. The site is step-free, and some team leaders sign.",
    province: "广东",
    city: "东莞",
    website: null,
    verification_status: "verified",
    credit_code: "91441900MA2D49LQHR",
  },
  {
    slug: "suda-online-services",
    kind: "employer",
    partner_type: null,
    name_zh: "郑州速答在线服务有限公司（示例）",
    name_en: "Suda Online Services, Zhengzhou (demo)",
    description_zh: "示例客服外包企业，正在等待合作机构核实营业执照。",
    description_en: "A demo customer service outsourcing firm whose business licence is waiting to be checked by a partner.",
    province: "河南",
    city: "郑州",
    website: null,
    verification_status: "pending",
  },
  {
    slug: "xingdian-consulting",
    kind: "employer",
    partner_type: null,
    name_zh: "合肥星点信息咨询有限公司（示例）",
    name_en: null,
    description_zh: "示例企业，刚注册账号，还没有提交认证材料。",
    description_en: null,
    province: "安徽",
    city: "合肥",
    website: null,
    verification_status: "unverified",
  },
];
