// Words job seekers search with that mean the same thing on an opening. An opening written for
// deaf people may say 聋人, 听障 or 听力残疾; a seeker who types one of them should find all three
// (issue 19). Each group is searched as "any of these": the search keeps the rest of the words as
// they are. Vocabulary only; app/utils/search-tokens.ts builds the queries.
//
// A group holds words of one language that people use interchangeably for the same disability or
// way of working, not broader or narrower ones (低视力 is not 盲). The six kinds of disability
// certificate (视力, 听力, 言语, 肢体, 智力, 精神) are each here with their everyday names. A word of
// one character (聋, 盲) stands for the group only when it is the whole word searched: inside a
// longer word it is part of something else (盲文 is braille, not "blind" and 文).

export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  ["听障", "听力障碍", "听力残疾", "聋人", "聋"],
  ["视障", "视力障碍", "视力残疾", "盲人", "盲"],
  ["言语障碍", "言语残疾", "语障"],
  ["肢体障碍", "肢体残疾", "肢残"],
  ["智力障碍", "智力残疾", "智障", "心智障碍"],
  ["精神障碍", "精神残疾"],
  ["居家", "在家", "远程"],
];
