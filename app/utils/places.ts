import type { Locale } from "./i18n";
import type { LocalizedText } from "./localized";

// Place names are stored in Chinese, as partners write them. These are their usual English
// names; a place missing here is shown in Chinese, marked with lang="zh-CN".
const PROVINCE_NAMES: Record<string, string> = {
  北京: "Beijing", 天津: "Tianjin", 上海: "Shanghai", 重庆: "Chongqing", 河北: "Hebei", 山西: "Shanxi",
  辽宁: "Liaoning", 吉林: "Jilin", 黑龙江: "Heilongjiang", 江苏: "Jiangsu", 浙江: "Zhejiang", 安徽: "Anhui",
  福建: "Fujian", 江西: "Jiangxi", 山东: "Shandong", 河南: "Henan", 湖北: "Hubei", 湖南: "Hunan",
  广东: "Guangdong", 海南: "Hainan", 四川: "Sichuan", 贵州: "Guizhou", 云南: "Yunnan", 陕西: "Shaanxi",
  甘肃: "Gansu", 青海: "Qinghai", 台湾: "Taiwan", 内蒙古: "Inner Mongolia", 广西: "Guangxi", 西藏: "Tibet",
  宁夏: "Ningxia", 新疆: "Xinjiang", 香港: "Hong Kong", 澳门: "Macao",
};

/** Every province-level division by the short Chinese name openings store ("江苏", not "江苏省"). */
export const PROVINCES: readonly string[] = Object.keys(PROVINCE_NAMES);

const ENGLISH_PLACE_NAMES: Record<string, string> = {
  ...PROVINCE_NAMES,
  // Cities and districts partners use most; extend as new ones appear.
  成都: "Chengdu", 信阳: "Xinyang", 深圳: "Shenzhen", 海淀区: "Haidian District", 杭州: "Hangzhou",
  东莞: "Dongguan", 武汉: "Wuhan", 朝阳区: "Chaoyang District", 常州: "Changzhou", 黔东南: "Qiandongnan",
  西安: "Xi'an", 渝中区: "Yuzhong District", 郑州: "Zhengzhou", 合肥: "Hefei", 南京: "Nanjing",
  广州: "Guangzhou", 苏州: "Suzhou", 长沙: "Changsha", 济南: "Jinan", 青岛: "Qingdao", 厦门: "Xiamen",
  福州: "Fuzhou", 昆明: "Kunming", 贵阳: "Guiyang", 南宁: "Nanning", 沈阳: "Shenyang", 大连: "Dalian",
  哈尔滨: "Harbin", 长春: "Changchun", 石家庄: "Shijiazhuang", 太原: "Taiyuan", 兰州: "Lanzhou",
  金坛区: "Jintan District", 光山县: "Guangshan County",
};

/** A place's name in the reader's language where we know it, otherwise in Chinese (tagged). */
export function placeName(locale: Locale, name: string): LocalizedText {
  if (locale === "zh-CN") return { text: name, lang: "zh-CN" };
  const english = ENGLISH_PLACE_NAMES[name] ?? ENGLISH_PLACE_NAMES[name.replace(/(省|市|自治区|特别行政区)$/u, "")];
  return english ? { text: english, lang: "en" } : { text: name, lang: "zh-CN" };
}

/** Province and city as readable parts, each tagged with the language it ends up in. */
export function placeParts(locale: Locale, province: string | null, city: string | null): LocalizedText[] {
  const parts: LocalizedText[] = [];
  if (province) parts.push(placeName(locale, province));
  if (city && city !== province) parts.push(placeName(locale, city));
  return parts;
}

/** A place as plain text, for where markup cannot go (an <option>): "北京 海淀区" or "Haidian, Beijing". */
export function placeText(locale: Locale, province: string | null, city: string | null): string {
  const parts = placeParts(locale, province, city).map((part) => part.text);
  return locale === "en" ? parts.reverse().join(", ") : parts.join(" ");
}
