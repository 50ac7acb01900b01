// A small offline list of the passwords most often seen in breaches, in China and elsewhere,
// limited to those long enough to pass the 8-character minimum. Compared case-insensitively.
const LIST = `
password password1 password123 passw0rd p@ssw0rd p@ssword 12345678 123456789 1234567890 0123456789
9876543210 987654321 87654321 11111111 22222222 66666666 88888888 99999999 00000000 12341234 123123123
11223344 12344321 147258369 741852963 159753456 147852369 123456789a 12345678a a12345678 a123456789
aa123456 aa12345678 abc12345 abc123456 abcd1234 qq123456 qwerty12 qwerty123 qwertyui qwertyuiop
1q2w3e4r 1q2w3e4r5t 1qaz2wsx 1qaz2wsx3edc zaq12wsx qwer1234 asdf1234 asdfghjkl zxcvbnm1 zxcvbnm123
iloveyou iloveyou1 woaini1314 woaini520 woaini123 5201314520 13145200 1314520520 baseball football
superman sunshine princess starwars trustno1 whatever welcome1 welcome123 letmein1 letmein123
admin123 admin1234 administrator changeme password! computer michelle jennifer 1234qwer
`;

const COMMON = new Set(LIST.split(/\s+/).filter(Boolean));

/** True if the password is on the list of commonly breached passwords. */
export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}
