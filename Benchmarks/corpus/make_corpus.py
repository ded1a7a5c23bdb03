#!/usr/bin/env python3
"""Generate hush's benchmark corpus: realistic mixed exports with planted personal data and decoys.

Usage:
    python3 Benchmarks/corpus/make_corpus.py WORKDIR [--size-mb 120 | --small] [--seed N]
                                            [--encoding gb18030|utf-16le] [--small-files N] [--big-gb 2]

Writes, under WORKDIR (created if missing):
    corpus/                      the corpus, UTF-8 (scan this folder)
    ground-truth.jsonl           one line per planted value:
                                 {"file": path relative to corpus/, "start": byte, "end": byte, "type": ...}
    corpus-<enc>/                with --encoding: the same files in that encoding (UTF-16LE with a BOM)
    ground-truth-<enc>.jsonl     ... and its ground truth, offsets in the encoded bytes
    small-files/                 with --small-files N: N tiny files (for files/s), no ground truth
    big/big.log                  with --big-gb G: one file of G GiB (log lines, for the memory test), no ground truth

The ground truth is written outside corpus/ on purpose: inside it would be scanned.

What is planted (the six scored types) and how its span is written, as hush reports it:
    phone        mainland mobiles from allocated segments (patterns/data/cn-mobile-segments.txt); the span includes
                 a +86 / 0086 / (+86) / 86 prefix and space or dash separators; some in full-width digits
    national_id  18-digit resident IDs: real region codes (patterns/data/cn-region-codes.txt), real birth dates
                 1950-2008, GB 11643 check character
    bank_card    Luhn-valid UnionPay (62, 16 or 19 digits), Visa (4) and Mastercard (51-55), plain or grouped
    email        realistic addresses (qq.com, 163.com, company domains...)
    password     the value only, in key-value context: 密码：…, password=…, "password": "…", DB_PASSWORD=…, YAML
    secret       AWS access key IDs (AKIA…), AWS secret keys (after aws_secret_access_key), GitHub tokens (ghp_…)

Decoys, which must not be flagged: order numbers, tracking numbers, timestamps, 18-digit IDs with a wrong check
digit, 11-digit numbers in unallocated segments, SHA-1/SHA-256 hashes, UUIDs, placeholder passwords, masked numbers,
AWS's documentation key, low-entropy token placeholders, icon@2x.png. Every digit-run decoy (order, tracking, wrong
check digit, unallocated segment) is checked against the validators hush applies (segment table, GB 11643 with region
and date, Luhn on card prefixes) and redrawn if it passes. Hashes and UUIDs are uniformly random hex, as real ones
are, so a few start with a run of digits that a scanner must not take for a phone or a card.

Negative context is not kept away from planted values: a chat line about a 快递 next to a message with a phone
number is what real exports look like, and the benchmark should show what a scanner makes of it.

Everything is invented. The output is byte-identical for the same seed, size and Python version; stdlib only.
"""

import argparse
import json
import os
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
REGION_TABLE = ROOT / "patterns" / "data" / "cn-region-codes.txt"
SEGMENT_TABLE = ROOT / "patterns" / "data" / "cn-mobile-segments.txt"
DEFAULT_SEED = 20240516

# ---------------------------------------------------------------------------------------------------------------
# Reference data and check digits


def load_regions():
    codes = []
    for line in REGION_TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code = line.split(" ", 1)[0]
        if len(code) == 6 and code.isdigit() and not code.endswith("00"):   # county level, as on real cards
            codes.append(code)
    return codes


def load_segments():
    segs = []
    for line in SEGMENT_TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        prefix = line.split(" ", 1)[0]
        if prefix.isdigit():
            segs.append(prefix)
    return segs


GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb11643_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, GB11643_WEIGHTS)) % 11]


def luhn_check(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number):
    return luhn_check(number[:-1]) == number[-1]


DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def real_date(y, m, d):
    if not (1 <= m <= 12) or d < 1:
        return False
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    return d <= (29 if m == 2 and leap else DAYS[m - 1])


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

# ---------------------------------------------------------------------------------------------------------------
# Value generators: planted values and decoys


class Values:
    def __init__(self, rng):
        self.r = rng
        self.regions = load_regions()
        self.region_set = set(self.regions)
        self.all_regions = set()
        for line in REGION_TABLE.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                self.all_regions.add(line.split(" ", 1)[0])
        self.segments = load_segments()
        # weight 3-digit segments more: they hold most subscribers
        self.segment_pool = [s for s in self.segments if len(s) == 3] * 4 + [s for s in self.segments if len(s) > 3]
        self.unallocated = ["142", "143", "154", "161", "164", "194"]
        for u in self.unallocated:
            assert not self.segment_of(u + "12345678"), u

    # ----- validators (to keep decoys honest)

    def segment_of(self, digits11):
        return any(digits11.startswith(s) for s in self.segments)

    def is_valid_id(self, s):
        if len(s) != 18 or not s[:17].isdigit():
            return False
        if s[:6] not in self.all_regions:
            return False
        y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
        if y < 1900 or not real_date(y, m, d):
            return False
        return gb11643_check(s[:17]) == s[17].upper()

    def is_valid_id15(self, s):
        if len(s) != 15 or not s.isdigit() or s[0] not in "12345678":
            return False
        return s[:6] in self.all_regions and real_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))

    @staticmethod
    def card_prefix(s):
        if s.startswith("62") or s.startswith("4") or s[:2] in ("51", "52", "53", "54", "55", "34", "37"):
            return True
        p4 = int(s[:4]) if len(s) >= 4 else 0
        return 2221 <= p4 <= 2720 or 3528 <= p4 <= 3589

    def digits_look_valid(self, s):
        """Would a digit run (standing alone) pass one of hush's number validators?"""
        n = len(s)
        if n == 11 and s[0] == "1" and s[1] in "3456789" and self.segment_of(s):
            return True
        if n == 18 and self.is_valid_id(s):
            return True
        if n == 15 and self.is_valid_id15(s):
            return True
        if 13 <= n <= 19 and self.card_prefix(s) and luhn_ok(s):
            return True
        if n == 10 and s[:3] in ("400", "800"):
            return True
        return False

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # ----- planted

    def mobile11(self):
        seg = self.r.choice(self.segment_pool)
        return seg + self.digits(11 - len(seg))

    def phone(self):
        n = self.mobile11()
        x = self.r.random()
        if x < 0.55:
            return n
        if x < 0.65:
            return f"{n[:3]} {n[3:7]} {n[7:]}"
        if x < 0.75:
            return f"{n[:3]}-{n[3:7]}-{n[7:]}"
        if x < 0.83:
            return "+86 " + n
        if x < 0.86:
            return f"+86-{n[:3]}-{n[3:7]}-{n[7:]}"
        if x < 0.90:
            return "+86" + n
        if x < 0.93:
            return "0086 " + n
        if x < 0.95:
            return f"(+86) {n[:3]} {n[3:7]} {n[7:]}"
        if x < 0.96:
            return "86" + n
        return n.translate(FULLWIDTH)

    def birth(self):
        while True:
            y = self.r.randint(1950, 2008)
            m = self.r.randint(1, 12)
            d = self.r.randint(1, 31)
            if real_date(y, m, d):
                return f"{y:04d}{m:02d}{d:02d}"

    def national_id(self, lower_x=True):
        body = self.r.choice(self.regions) + self.birth() + self.digits(3)
        c = gb11643_check(body)
        if c == "X" and lower_x and self.r.random() < 0.15:
            c = "x"
        return body + c

    UNIONPAY_BINS = ["622202", "622848", "621700", "622588", "621226", "622700", "623058", "621483", "622262",
                     "621661", "622609", "625911", "628288", "621799", "622580"]
    VISA_BINS = ["4367", "4563", "4096", "4111", "4026", "4214", "4380", "4512"]
    MC_BINS = ["5187", "5218", "5239", "5309", "5407", "5524", "5155"]

    def bank_card(self):
        x = self.r.random()
        if x < 0.6:
            b = self.r.choice(self.UNIONPAY_BINS)
            n = 19 if self.r.random() < 0.4 else 16
        elif x < 0.82:
            b, n = self.r.choice(self.VISA_BINS), 16
        else:
            b, n = self.r.choice(self.MC_BINS), 16
        body = b + self.digits(n - 1 - len(b))
        num = body + luhn_check(body)
        y = self.r.random()
        if y < 0.7:
            return num
        sep = " " if y < 0.9 else "-"
        return sep.join(num[i:i + 4] for i in range(0, n, 4))

    SURNAMES_PY = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
                   "zhu", "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang", "han"]
    GIVEN_PY = ["wei", "fang", "na", "min", "jing", "lei", "jun", "yang", "yong", "yan", "jie", "tao", "ming",
                "chao", "xiulan", "xia", "ping", "gang", "hui", "xiaoyu", "ting", "hao", "yu", "lin", "kai", "qiang"]
    EN_FIRST = ["emma", "james", "olivia", "liam", "sophia", "noah", "mia", "lucas", "amelia", "ethan", "grace",
                "daniel", "chloe", "henry", "isla", "jack", "ruby", "oscar", "lily", "leo"]
    EN_LAST = ["smith", "jones", "taylor", "brown", "clarke", "wilson", "evans", "walker", "wright", "hughes"]
    FREE_DOMAINS = ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "hotmail.com", "foxmail.com",
                    "sina.com", "sohu.com", "yahoo.com", "icloud.com", "139.com", "aliyun.com", "yeah.net"]
    CORP_DOMAINS = ["xinghe-tech.com", "mail.huaxin-group.cn", "dingyuan.com.cn", "sz-jiachuang.com",
                    "corp.lanting-soft.net", "bj-ruida.com.cn", "northwind-trading.co.uk", "mail.qianfan-fin.cn"]

    def email(self):
        r = self.r
        x = r.random()
        if x < 0.25:
            return f"{r.randint(10000, 2999999999)}@qq.com"
        if x < 0.7:
            s, g = r.choice(self.SURNAMES_PY), r.choice(self.GIVEN_PY)
            local = r.choice([f"{s}{g}", f"{s}.{g}", f"{g}_{s}", f"{s}{g}{r.randint(1, 99)}",
                              f"{s}{g}{r.randint(1970, 2005)}", f"{g}{s[0]}{r.randint(100, 999)}"])
        else:
            f, l = r.choice(self.EN_FIRST), r.choice(self.EN_LAST)
            local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{r.randint(1, 99)}", f"{f}_{l}", f"{l}.{f}"])
        dom = r.choice(self.FREE_DOMAINS) if r.random() < 0.7 else r.choice(self.CORP_DOMAINS)
        e = f"{local}@{dom}"
        if r.random() < 0.03:
            e = e.capitalize()
        return e

    PW_WORDS = ["woaini", "zhang", "liwei", "qwer", "asdf", "abc", "Admin", "Hello", "Sunny", "dragon", "monkey",
                "love", "tiger", "Summer", "happy", "china", "baobao", "xiaoming", "Wang", "beijing", "shanghai"]
    PW_SYMBOLS = "!@#%&*_-+?"

    def password(self):
        r = self.r
        x = r.random()
        if x < 0.3:
            w = r.choice(self.PW_WORDS) + str(r.choice([r.randint(1, 999), r.randint(1960, 2010), 520, 1314,
                                                         123, 888, 666]))
        elif x < 0.45:
            w = r.choice(self.PW_WORDS).capitalize() + r.choice(self.PW_SYMBOLS) + str(r.randint(10, 99999))
        elif x < 0.6:
            w = self.digits(6)
            while len(set(w)) == 1:
                w = self.digits(6)
        elif x < 0.75:
            w = r.choice(["Aa123456", "P@ssw0rd!", "qwe123!@#", "abc123456", "1qaz2wsx", "Passw0rd", "zxcvbnm123",
                          "a1b2c3d4", "Qwerty123", "iloveyou1"])
        else:
            alpha = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789" + self.PW_SYMBOLS
            w = "".join(r.choice(alpha) for _ in range(r.randint(10, 20)))
            if w[0] in "@#%&*_-+?!":
                w = "k" + w[1:]
        return w

    B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    B64 = ALNUM + "+/"

    def aws_key_id(self):
        while True:
            k = "AKIA" + "".join(self.r.choice(self.B32) for _ in range(16))
            if not k.endswith("EXAMPLE"):
                return k

    def aws_secret(self):
        return "".join(self.r.choice(self.B64) for _ in range(40))

    def github_token(self):
        return "ghp_" + "".join(self.r.choice(self.ALNUM) for _ in range(36))

    # ----- decoys

    def decoy_digits(self, make):
        while True:
            s = make()
            if not self.digits_look_valid(s):
                return s

    def order_no(self):
        r = self.r
        return self.decoy_digits(lambda: f"{r.choice(['2023', '2024', '2025'])}{r.randint(1, 12):02d}"
                                         f"{r.randint(1, 28):02d}" + self.digits(r.randint(8, 12)))

    def timestamp14(self):
        r = self.r
        return (f"{r.choice(['2023', '2024', '2025'])}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
                f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}")

    def tracking_no(self):
        r = self.r
        x = r.random()
        if x < 0.3:
            return "SF" + self.digits(13)
        if x < 0.5:
            return "YT" + self.digits(13)
        if x < 0.65:
            return "JDVA" + self.digits(11)
        return self.decoy_digits(lambda: r.choice(["75", "77", "78", "98", "73"]) + self.digits(r.choice([10, 12, 13])))

    def bad_id(self):
        while True:
            good = self.national_id(lower_x=False)
            wrong = self.r.choice([c for c in "0123456789X" if c != good[17]])
            s = good[:17] + wrong
            if not self.digits_look_valid(s) and not (s[:17].isdigit() and self.digits_look_valid(s[:17])):
                return s

    def unallocated_mobile(self):
        return self.r.choice(self.unallocated) + self.digits(8)

    def hexstr(self, n):
        # Uniformly random, like real hashes: now and then one starts with a long run of digits (a SHA-1 starts with
        # 11 digits and a letter about once in 500), which a scanner must not take for a phone or a card.
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def uuid(self):
        h = self.hexstr(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def masked_phone(self):
        n = self.mobile11()
        return n[:3] + "****" + n[7:]

    def masked_id(self):
        i = self.national_id(lower_x=False)
        return i[:6] + "********" + i[14:]

    def masked_card(self):
        return self.r.choice(["6222", "6217", "6228", "4367"]) + " **** **** " + self.digits(4)

    PLACEHOLDER_PW = ["******", "********", "changeme", "${PASSWORD}", "${DB_PASSWORD}", "<your password>",
                      "xxxxxx", "your_password_here", "REDACTED", "{{ .Password }}", "%PASSWORD%", "******"]

    def placeholder_pw(self):
        return self.r.choice(self.PLACEHOLDER_PW)


# ---------------------------------------------------------------------------------------------------------------
# Documents: a list of text parts; planted parts carry their type


class Doc:
    __slots__ = ("parts", "plants", "size")

    def __init__(self):
        self.parts = []
        self.plants = []
        self.size = 0

    def t(self, s):
        self.parts.append(s)
        self.size += len(s.encode("utf-8"))

    def p(self, s, typ):
        self.plants.append((len(self.parts), typ))
        self.t(s)

    def render(self, encoding):
        """Bytes of the document and [(start, end, type)] in that encoding."""
        codec = {"utf-8": "utf-8", "gb18030": "gb18030", "utf-16le": "utf-16-le"}[encoding]
        bom = b"\xff\xfe" if encoding == "utf-16le" else b""
        encoded = [s.encode(codec) for s in self.parts]
        starts = []
        pos = len(bom)
        for b in encoded:
            starts.append(pos)
            pos += len(b)
        spans = [(starts[i], starts[i] + len(encoded[i]), typ) for i, typ in self.plants]
        return bom + b"".join(encoded), spans


# ---------------------------------------------------------------------------------------------------------------
# Filler text

CN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤"
CN_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红建文辉力燕鹏宇浩凯俊峰琳欣怡婷雪梅晨阳思佳子轩雨涵博晓东"

CHAT_LINES = [
    "你好，在吗？", "好的，收到。", "今天晚上几点下班？", "我在路上了，大概二十分钟到。", "这个周末有空一起吃饭吗",
    "明天上午的会议改到十点了", "哈哈哈哈", "[微笑]", "[捂脸]", "[图片]", "[语音] 12\"", "[表情]", "好的谢谢",
    "麻烦你把资料再发我一下", "文件我已经发到群里了，大家看一下", "今天的快递到了吗？", "房租这个月什么时候交？",
    "我先去开会，等会儿回你", "晚上吃火锅还是烧烤？", "刚才网络不好没看到消息", "你们那边下雨了吗",
    "收到，马上处理", "这个方案领导说还要再改改", "明天记得带身份证原件", "孩子学校要填家长信息表",
    "借款合同我看过了，利息太高了", "你的账单已经逾期了，请尽快处理", "我这个月工资还没发，能不能宽限几天？",
    "不还钱就联系你通讯录里所有人", "这是最后一次提醒，今天下午五点前必须还清", "我已经报警了，聊天记录都截图保存了",
    "客服说下周一之前会退款", "你把收款码发我吧", "已转账，请查收", "[转账] 500.00元", "[红包] 恭喜发财，大吉大利",
    "我到楼下了", "稍等，我找一下", "可以的，没问题", "OK", "嗯嗯", "辛苦了！", "周五团建，大家报一下名",
    "请假条我已经提交了", "合同扫描件发你邮箱了", "那个链接打不开，你再发一次", "下午三点在公司楼下见",
]
CHAT_PII_CN = {
    "phone": ["我的手机号是{}，有事直接打给我", "电话：{}", "联系我：{}", "这是我新号码 {}", "你妈的电话 {} 我们都有",
              "联系人：{} 微信同号", "打这个号 {} 找刘经理", "紧急联系人电话{}"],
    "national_id": ["身份证号：{}", "我的身份证号码是{}，帮我登记一下", "身份证 {}", "证件号码 {}", "报名要身份证号，{}"],
    "bank_card": ["银行卡号：{}", "打到这个卡上 {} 工商银行", "收款卡号 {}", "卡号{}，户名写我的名字", "还款账户：{}"],
    "email": ["我的邮箱是 {}", "发我邮箱 {} 吧", "邮箱：{}", "简历发到 {}", "抄送给 {} 谢谢"],
    "password": ["密码：{} 记得改", "我的支付密码是{}，别告诉别人", "wifi密码是{}", "登录密码：{}", "初始密码为：{}，请及时修改",
                 "账号就是手机号，密码 {} 你试试"],
}
CHAT_DECOY_CN = [
    ("订单号：{}", "order"), ("订单号 {} 麻烦查一下", "order"), ("快递单号 {}", "tracking"), ("运单号：{} 明天到", "tracking"),
    ("交易流水号 {}", "order"), ("尾号 {} 的手机", "masked_phone"), ("手机 {}", "masked_phone"),
    ("身份证 {} 已脱敏", "masked_id"), ("{} 这个号码是空号", "unallocated"), ("验证码已发送，编号 {}", "timestamp"),
    ("密码：{}", "placeholder_pw"), ("身份证号好像输错了：{}", "bad_id"), ("卡号 {}", "masked_card"),
]

EN_LINES = [
    "Hi, are you around?", "Sounds good!", "Running 10 minutes late, sorry", "Can you send me the slides?",
    "Thanks a lot 🙏", "See you tomorrow at the station", "Did you get my last message?", "<Media omitted>",
    "This message was deleted", "Haha yes", "Let me check and get back to you", "Meeting moved to Thursday",
    "好的，明天见", "我刚到酒店", "Flight lands at 7:40, terminal 2", "Can we do a quick call later?",
    "I'll forward the contract tonight", "The office wifi is down again", "Happy birthday! 🎂", "No worries",
]
EN_PII = {
    "phone": ["My number in China is {}", "Call the driver on {}", "new mobile: {}", "WhatsApp me at {}",
              "her cell is {}", "contact: {}"],
    "national_id": ["my ID card number is {}", "ID no. {} for the hotel booking", "身份证号 {}"],
    "bank_card": ["card number {} exp 11/27", "pay to my UnionPay card {}", "Visa {} (please delete after)"],
    "email": ["email me at {}", "my work address is {}", "{}", "cc {} on that please"],
    "password": ["the wifi password: {} ", "login is my email, password: {}", "pwd: {} don't share it",
                 "shared drive passwd={} "],
    "secret": ["here is the token {} it expires friday", "GITHUB_TOKEN={}"],
}
EN_DECOY = [
    ("order #{} shipped", "order"), ("tracking number {}", "tracking"), ("ref {}", "uuid"),
    ("commit {} fixes it", "sha1"), ("the password is {} lol (placeholder)", "placeholder_pw"),
    ("my old number {} is dead", "unallocated"),
]

NOTE_LINES = [
    "今天和房东确认了退租时间，押金下周退。", "记得周三前交季度报告。", "医院复查预约在下个月十号。",
    "家里宽带到期，需要续费。", "买菜：鸡蛋、牛奶、西红柿、青菜。", "读书笔记：《人类简史》第三章。",
    "会议纪要：项目进度延后两周，风险点在接口联调。", "TODO: 整理报销单据", "旅行清单：充电宝、护照、转换插头。",
    "- 已完成：数据迁移脚本", "- 待办：和法务确认合同条款", "> 注意：材料需要加盖公章", "",
    "借款记录整理如下，作为报警材料：", "以下是催收人员的联系方式和聊天截图说明。", "第二次还款 1,200 元，备注：本金。",
]

LOG_LEVELS = ["INFO", "INFO", "INFO", "INFO", "DEBUG", "DEBUG", "WARN", "ERROR"]
LOG_MSGS = [
    "GET /api/v2/orders?page={n} 200 {ms}ms", "POST /api/v1/login 200 {ms}ms", "cache miss key=user:{n}",
    "scheduled job sync_inventory finished in {ms}ms", "GET /static/js/app.{h}.js 304 1ms",
    "connection pool stats active={n} idle=8", "request completed status=200 duration={ms}ms",
    "retrying upstream call attempt=2", "kafka consumer lag partition=3 lag={n}", "GC pause {ms}ms",
    "feature flag new_checkout=on for tenant {n}", "health check ok", "upstream timeout after 3000ms",
]

ADDRESSES = ["北京市朝阳区建国路", "上海市浦东新区世纪大道", "广州市天河区体育西路", "深圳市南山区科技园",
             "成都市武侯区人民南路", "杭州市西湖区文三路", "武汉市洪山区珞喻路", "西安市雁塔区小寨东路"]
USER_AGENTS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47",
    "Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
]

HTML_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="/static/css/main.css">
<link rel="icon" href="/static/img/icon@2x.png">
<style>
  body {{ font-family: -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; }}
  table {{ border-collapse: collapse; width: 100%; }}
  td, th {{ border: 1px solid #ddd; padding: 6px 10px; font-size: 14px; }}
  .masked {{ color: #999; }}
</style>
</head>
<body>
<div class="container">
<h1>{title}</h1>
<form action="/submit" method="post" class="form-horizontal">
  <label for="name">姓名</label><input type="text" id="name" name="name" required>
  <label for="mobile">手机号码</label><input type="tel" id="mobile" name="mobile" placeholder="请输入11位手机号">
  <label for="pwd">设置密码</label><input type="password" id="pwd" name="password" autocomplete="new-password">
  <button type="submit" class="btn btn-primary">提交</button>
</form>
<table class="table">
<thead><tr><th>序号</th><th>姓名</th><th>手机</th><th>身份证号</th><th>邮箱</th><th>银行卡</th><th>提交时间</th><th>备注</th></tr></thead>
<tbody>
"""
HTML_TAIL = """</tbody>
</table>
<footer><p>© 2024 数据导出 · 仅供内部使用</p></footer>
</div>
<script src="/static/js/vendor.min.js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# Generators, one per kind of export


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.v = Values(rng)

    # helpers
    def cn_name(self):
        r = self.r
        return r.choice(CN_SURNAMES) + "".join(r.choice(CN_GIVEN) for _ in range(r.randint(1, 2)))

    def en_name(self):
        return f"{self.r.choice(Values.EN_FIRST).capitalize()} {self.r.choice(Values.EN_LAST).capitalize()}"

    def dt(self):
        r = self.r
        return (f"{r.choice(['2023', '2024', '2025'])}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} "
                f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}")

    def value(self, typ):
        return {"phone": self.v.phone, "national_id": self.v.national_id, "bank_card": self.v.bank_card,
                "email": self.v.email, "password": self.v.password}[typ]()

    def decoy(self, kind):
        v = self.v
        return {"order": v.order_no, "tracking": v.tracking_no, "masked_phone": v.masked_phone,
                "masked_id": v.masked_id, "unallocated": v.unallocated_mobile, "timestamp": v.timestamp14,
                "placeholder_pw": v.placeholder_pw, "bad_id": v.bad_id, "masked_card": v.masked_card,
                "uuid": v.uuid, "sha1": lambda: v.hexstr(40), "sha256": lambda: v.hexstr(64)}[kind]()

    def templ(self, doc, template, value, typ):
        """Write template with {} replaced by value; plant it when typ is given."""
        a, b = template.split("{}", 1)
        if a:
            doc.t(a)
        if typ:
            doc.p(value, typ)
        else:
            doc.t(value)
        if b:
            doc.t(b)

    def pii_message(self, doc, table, decoys, p_pii, p_decoy):
        r = self.r
        x = r.random()
        if x < p_pii:
            typ = r.choice(("phone", "phone", "phone", "national_id", "national_id", "bank_card", "email", "password"))
            self.templ(doc, r.choice(table[typ]), self.value(typ), typ)
        elif x < p_pii + p_decoy:
            t, kind = r.choice(decoys)
            self.templ(doc, t, self.decoy(kind), None)
        else:
            doc.t(r.choice(CHAT_LINES) if table is CHAT_PII_CN else r.choice(EN_LINES))

    # ----- kinds

    def wechat(self, doc, target):
        r = self.r
        me, other = self.cn_name(), r.choice(["速借宝-王经理", "闪电贷客服", self.cn_name(), self.cn_name(), "房东"])
        doc.t(f"微信聊天记录导出\n聊天对象：{other}（微信号：wxid_{self.v.hexstr(14)}）\n导出时间：{self.dt()}\n"
              + "=" * 50 + "\n\n")
        while doc.size < target:
            doc.t(f"{self.dt()} {r.choice([me, other])}\n")
            self.pii_message(doc, CHAT_PII_CN, CHAT_DECOY_CN, 0.22, 0.08)
            doc.t("\n\n")

    def qq(self, doc, target):
        r = self.r
        people = [(self.cn_name(), r.randint(10000, 2999999999)) for _ in range(r.randint(2, 8))]
        doc.t(f"消息记录（此消息记录为文本格式，不支持重新导入）\n\n{'=' * 64}\n消息分组:我的群聊\n{'=' * 64}\n"
              f"消息对象:{r.choice(['家长群', '租房交流群', '大学同学', '项目组'])}\n{'=' * 64}\n\n")
        while doc.size < target:
            name, qq = r.choice(people)
            doc.t(f"{self.dt()} {name}({qq})\n")
            self.pii_message(doc, CHAT_PII_CN, CHAT_DECOY_CN, 0.18, 0.08)
            doc.t("\n\n")

    def whatsapp(self, doc, target):
        r = self.r
        a, b = self.en_name(), self.cn_name()
        doc.t("16/05/2024, 18:25 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
              "WhatsApp, can read or listen to them. Tap to learn more.\n")
        while doc.size < target:
            doc.t(f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024, {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
                  f" - {r.choice([a, b])}: ")
            x = r.random()
            if x < 0.2:
                typ = r.choice(("phone", "phone", "national_id", "bank_card", "email", "email", "password", "secret"))
                if typ == "secret":
                    self.templ(doc, r.choice(EN_PII["secret"]), self.v.github_token(), "secret")
                else:
                    self.templ(doc, r.choice(EN_PII[typ]), self.value(typ), typ)
            elif x < 0.27:
                t, kind = r.choice(EN_DECOY)
                self.templ(doc, t, self.decoy(kind), None)
            else:
                doc.t(r.choice(EN_LINES))
            doc.t("\n")

    def contacts_csv(self, doc, target):
        r = self.r
        doc.t("\ufeff姓名,手机,邮箱,身份证号,银行卡号,地址,备注\n" if r.random() < 0.5 else
              "name,mobile,email,id_number,bank_card,address,note\n")
        cities = ADDRESSES
        notes = ["", "", "同事", "客户", "紧急联系人", "已还款", "逾期", "订单号 {order}", "快递 {tracking}",
                 "旧号 {masked}", "更新于 {ts}"]
        while doc.size < target:
            doc.t(self.cn_name() + ",")
            if r.random() < 0.92:
                doc.p(self.v.phone().replace(",", ""), "phone")
            doc.t(",")
            if r.random() < 0.6:
                doc.p(self.v.email(), "email")
            doc.t(",")
            if r.random() < 0.45:
                doc.p(self.v.national_id(), "national_id")
            elif r.random() < 0.05:
                doc.t(self.v.bad_id())
            doc.t(",")
            if r.random() < 0.3:
                doc.p(self.v.bank_card(), "bank_card")
            doc.t(f",{r.choice(cities)}{r.randint(1, 999)}号,")
            note = r.choice(notes)
            if "{" in note:
                note = note.format(order=self.v.order_no(), tracking=self.v.tracking_no(),
                                   masked=self.v.masked_phone(), ts=self.v.timestamp14())
            doc.t(note + "\n")

    def contacts_vcf(self, doc, target):
        r = self.r
        while doc.size < target:
            name = self.cn_name()
            doc.t(f"BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nN:{name[0]};{name[1:]};;;\nTEL;TYPE=CELL:")
            doc.p(self.v.phone(), "phone")
            doc.t("\n")
            if r.random() < 0.5:
                doc.t("EMAIL;TYPE=INTERNET:")
                doc.p(self.v.email(), "email")
                doc.t("\n")
            if r.random() < 0.2:
                doc.t("NOTE:身份证 ")
                doc.p(self.v.national_id(), "national_id")
                doc.t("\n")
            doc.t(f"UID:{self.v.uuid()}\nREV:{self.v.timestamp14()}\nEND:VCARD\n")

    def form_json(self, doc, target):
        r = self.r
        doc.t('{\n  "export": "form_submissions",\n  "form_id": "' + self.v.uuid() + '",\n  "records": [\n')
        first = True
        while doc.size < target:
            doc.t(("" if first else ",\n") + '    {\n')
            first = False
            doc.t(f'      "id": "{self.v.uuid()}",\n      "submitted_at": "{self.dt()}",\n'
                  f'      "name": "{self.cn_name()}",\n      "mobile": "')
            doc.p(self.v.phone(), "phone")
            doc.t('",\n      "email": "')
            doc.p(self.v.email(), "email")
            doc.t('",\n')
            if r.random() < 0.5:
                doc.t('      "id_card": "')
                doc.p(self.v.national_id(), "national_id")
                doc.t('",\n')
            if r.random() < 0.3:
                doc.t('      "bank_card": "')
                doc.p(self.v.bank_card(), "bank_card")
                doc.t('",\n')
            x = r.random()
            if x < 0.35:
                doc.t('      "password": "')
                doc.p(self.v.password(), "password")
                doc.t('",\n')
            elif x < 0.5:
                doc.t(f'      "password": "{self.v.placeholder_pw()}",\n')
            doc.t(f'      "order_no": "{self.v.order_no()}",\n      "trace_id": "{self.v.hexstr(32)}",\n'
                  f'      "checksum": "{self.v.hexstr(64)}",\n      "created": {self.v.timestamp14()},\n'
                  f'      "address": "{r.choice(ADDRESSES)}{r.randint(1, 999)}号{r.randint(1, 30)}栋{r.randint(101, 2808)}室",\n'
                  f'      "page": "https://m.{r.choice(["huodong", "signup", "promo"])}.cn/form/{r.randint(100, 999)}'
                  f'?utm_source={r.choice(["wechat", "douyin", "weibo", "sms"])}&utm_campaign=spring{r.randint(1, 9)}",\n'
                  f'      "user_agent": "{r.choice(USER_AGENTS)}",\n'
                  f'      "status": "{r.choice(["pending", "approved", "rejected", "approved"])}",\n'
                  f'      "source": "{r.choice(["h5", "miniprogram", "app-ios", "app-android", "web"])}"\n    }}')
        doc.t("\n  ]\n}\n")

    def form_jsonl(self, doc, target):
        r = self.r
        while doc.size < target:
            doc.t(f'{{"ts":"{self.dt()}","event":"signup","uid":"{self.v.uuid()}","phone":"')
            doc.p(self.v.phone(), "phone")
            doc.t('","email":"')
            doc.p(self.v.email(), "email")
            if r.random() < 0.3:
                doc.t('","password":"')
                doc.p(self.v.password(), "password")
            doc.t(f'","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)","order":"{self.v.order_no()}"}}\n')

    def html(self, doc, target):
        r = self.r
        doc.t(HTML_HEAD.format(title=r.choice(["报名信息汇总", "客户登记表", "活动报名导出", "会员资料"])))
        i = 0
        while doc.size < target:
            i += 1
            doc.t(f'<tr><td>{i}</td><td>{self.cn_name()}</td><td>')
            if r.random() < 0.8:
                doc.p(self.v.phone(), "phone")
            else:
                doc.t(f'<span class="masked">{self.v.masked_phone()}</span>')
            doc.t("</td><td>")
            x = r.random()
            if x < 0.5:
                doc.p(self.v.national_id(), "national_id")
            elif x < 0.6:
                doc.t(self.v.masked_id())
            elif x < 0.65:
                doc.t(self.v.bad_id())
            doc.t("</td><td>")
            if r.random() < 0.7:
                doc.t('<a href="mailto:')
                e = self.v.email()
                doc.p(e, "email")
                doc.t('">')
                doc.p(e, "email")
                doc.t("</a>")
            doc.t("</td><td>")
            if r.random() < 0.25:
                doc.p(self.v.bank_card(), "bank_card")
            else:
                doc.t(self.v.masked_card())
            doc.t(f"</td><td>{self.dt()}</td><td>")
            x = r.random()
            if x < 0.1:
                doc.t(f"订单号 {self.v.order_no()}")
            elif x < 0.15:
                doc.t(f'<img src="/img/avatar/{self.v.hexstr(40)}.png" alt="">')
            doc.t("</td></tr>\n")
        doc.t(HTML_TAIL)

    def note(self, doc, target):
        r = self.r
        doc.t(f"# {r.choice(['借款记录', '备忘', '工作笔记', '家庭事务', '报警材料整理'])}\n\n")
        while doc.size < target:
            x = r.random()
            if x < 0.25:
                typ = r.choice(("phone", "national_id", "bank_card", "email", "password"))
                doc.t("- ")
                self.templ(doc, r.choice(CHAT_PII_CN[typ]), self.value(typ), typ)
                doc.t("\n")
            elif x < 0.32:
                t, kind = r.choice(CHAT_DECOY_CN)
                doc.t("- ")
                self.templ(doc, t, self.decoy(kind), None)
                doc.t("\n")
            else:
                doc.t(r.choice(NOTE_LINES) + "\n")

    def env(self, doc, target):
        r = self.r
        while doc.size < target:
            app = r.choice(["APP", "ORDER_SVC", "USER_SVC", "PAY", "CRM"])
            doc.t(f"# {app} settings, generated {self.dt()}\n{app}_ENV=production\n{app}_PORT={r.randint(3000, 9000)}\n"
                  f"DB_HOST=db-{r.randint(1, 9)}.internal\nDB_USER={app.lower()}\nDB_PASSWORD=")
            if r.random() < 0.7:
                doc.p(self.v.password(), "password")
            else:
                doc.t(r.choice(["${DB_PASSWORD}", "changeme", "********", "<your password>"]))
            doc.t(f"\nREDIS_URL=redis://cache.internal:6379/0\nSMTP_USER=")
            doc.p(self.v.email(), "email")
            doc.t("\nAWS_ACCESS_KEY_ID=")
            if r.random() < 0.8:
                doc.p(self.v.aws_key_id(), "secret")
                doc.t("\nAWS_SECRET_ACCESS_KEY=")
                doc.p(self.v.aws_secret(), "secret")
            else:
                doc.t("AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}")
            doc.t("\nGITHUB_TOKEN=")
            if r.random() < 0.7:
                doc.p(self.v.github_token(), "secret")
            else:
                doc.t("ghp_" + "x" * 36)
            doc.t(f"\nSENTRY_RELEASE={self.v.hexstr(40)}\nBUILD_ID={self.v.uuid()}\nLOG_LEVEL=info\n\n")

    def yaml(self, doc, target):
        r = self.r
        while doc.size < target:
            svc = r.choice(["order-service", "user-center", "payment-gateway", "sms-sender", "report-job"])
            doc.t(f"# {svc}\n{svc}:\n  image: registry.internal/{svc}@sha256:{self.v.hexstr(64)}\n"
                  f"  replicas: {r.randint(1, 6)}\n  datasource:\n    url: jdbc:mysql://mysql-{r.randint(1, 3)}.internal:3306/{svc.replace('-', '_')}\n"
                  f"    username: {svc.split('-')[0]}\n    password: ")
            if r.random() < 0.65:
                doc.p(self.v.password(), "password")
            else:
                doc.t(r.choice(["${MYSQL_PASSWORD}", "changeme", "'******'", "{{ .Values.db.password }}"]))
            doc.t("\n  notify:\n    admin_email: ")
            doc.p(self.v.email(), "email")
            doc.t("\n    oncall_mobile: \"")
            doc.p(self.v.phone(), "phone")
            doc.t("\"\n")
            if r.random() < 0.4:
                doc.t("  aws:\n    access_key_id: ")
                doc.p(self.v.aws_key_id(), "secret")
                doc.t("\n    secret_access_key: ")
                doc.p(self.v.aws_secret(), "secret")
                doc.t("\n")
            doc.t(f"  request_id: {self.v.uuid()}\n  build: {self.v.timestamp14()}\n\n")

    def log(self, doc, target):
        r = self.r
        svc = r.choice(["order-api", "user-api", "sms-gateway", "pay-callback", "crm-sync"])
        while doc.size < target:
            lvl = r.choice(LOG_LEVELS)
            doc.t(f"{self.dt()}.{r.randint(0, 999):03d} {lvl:5} [{svc}] [trace={self.v.hexstr(16)}] ")
            x = r.random()
            if x < 0.06:
                doc.t("sms sent to ")
                doc.p(self.v.phone(), "phone")
                doc.t(f" template=SMS_{r.randint(100000, 999999)} status=OK")
            elif x < 0.09:
                doc.t("user registered email=")
                doc.p(self.v.email(), "email")
                doc.t(f" uid={r.randint(100000, 9999999)}")
            elif x < 0.105:
                doc.t("kyc submitted idcard=")
                doc.p(self.v.national_id(), "national_id")
                doc.t(" result=PASS")
            elif x < 0.115:
                doc.t("bind card ok card_no=")
                doc.p(self.v.bank_card().replace(" ", "").replace("-", ""), "bank_card")
            elif x < 0.12:
                doc.t('login request body={"username":"')
                doc.p(self.v.email(), "email")
                doc.t('","password":"')
                doc.p(self.v.password(), "password")
                doc.t('"}')
            elif x < 0.16:
                doc.t(f"order created order_no={self.v.order_no()} user={self.v.masked_phone()}")
            elif x < 0.18:
                doc.t(f"shipment {self.v.tracking_no()} updated at {self.v.timestamp14()}")
            elif x < 0.20:
                doc.t(f"deploy {self.v.hexstr(40)} sha256={self.v.hexstr(64)}")
            elif x < 0.21:
                doc.t(f"kyc rejected idcard={self.v.bad_id()} reason=CHECKSUM")
            elif x < 0.215:
                doc.t(f"sms failed to {self.v.unallocated_mobile()} reason=INVALID_NUMBER")
            elif x < 0.22:
                doc.t(f"config loaded password={self.v.placeholder_pw()} (masked)")
            else:
                m = r.choice(LOG_MSGS)
                doc.t(m.format(n=r.randint(1, 500), ms=r.randint(1, 900), h=self.v.hexstr(8)))
            doc.t(f" req={self.v.uuid()}\n")


KINDS = [
    # kind, share of bytes, min size, max size, folder, file-name pattern, extension
    ("wechat", 0.18, 4_000, 3_000_000, "chats/wechat", "聊天记录_{i:04d}", ".txt"),
    ("qq", 0.09, 4_000, 2_000_000, "chats/qq", "qq_group_{i:04d}", ".txt"),
    ("whatsapp", 0.08, 3_000, 1_500_000, "chats/whatsapp", "WhatsApp Chat {i:04d}", ".txt"),
    ("contacts_csv", 0.05, 3_000, 2_000_000, "contacts", "contacts_{i:04d}", ".csv"),
    ("contacts_vcf", 0.02, 2_000, 500_000, "contacts", "通讯录_{i:04d}", ".vcf"),
    ("form_json", 0.10, 8_000, 4_000_000, "forms", "submissions_{i:04d}", ".json"),
    ("form_jsonl", 0.04, 8_000, 3_000_000, "forms", "events_{i:04d}", ".jsonl"),
    ("html", 0.06, 6_000, 1_000_000, "forms/html", "export_{i:04d}", ".html"),
    ("note", 0.05, 1_500, 60_000, "notes", "note_{i:04d}", ".md"),
    ("env", 0.02, 1_000, 16_000, "configs", "service_{i:04d}", ".env"),
    ("yaml", 0.03, 1_000, 24_000, "configs/k8s", "values_{i:04d}", ".yaml"),
    ("log", 0.28, 50_000, 6_000_000, "logs", "app_{i:04d}", ".log"),
]


def plan_files(rng, total):
    """[(kind, relpath, target size)], sizes log-uniform within each kind's range, summing to about total."""
    import math
    plan = []
    for kind, share, lo, hi, folder, pattern, ext in KINDS:
        budget = int(total * share)
        hi = max(lo, min(hi, budget))
        i = 0
        while budget > lo // 2:
            size = int(math.exp(rng.uniform(math.log(lo), math.log(hi))))
            size = min(size, budget) if budget - size > lo else budget
            i += 1
            plan.append((kind, f"{folder}/{pattern.format(i=i)}{ext}", size))
            budget -= size
    return plan


def write_corpus(args, work):
    rng = random.Random(args.seed)
    gen = Gen(rng)
    total = int(args.size_mb * 1_000_000)
    plan = plan_files(rng, total)
    encodings = ["utf-8"] + ([args.encoding] if args.encoding else [])
    outs = {}
    for enc in encodings:
        folder = work / ("corpus" if enc == "utf-8" else f"corpus-{enc}")
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        truth = work / ("ground-truth.jsonl" if enc == "utf-8" else f"ground-truth-{enc}.jsonl")
        outs[enc] = (folder, open(truth, "w", encoding="utf-8"))
    written = 0
    planted = {}
    for kind, rel, size in plan:
        doc = Doc()
        getattr(gen, kind)(doc, size)
        for enc in encodings:
            folder, truth = outs[enc]
            data, spans = doc.render(enc)
            path = folder / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            for start, end, typ in spans:
                truth.write(json.dumps({"file": rel, "start": start, "end": end, "type": typ},
                                       ensure_ascii=False) + "\n")
            if enc == "utf-8":
                written += len(data)
        for _, typ in doc.plants:
            planted[typ] = planted.get(typ, 0) + 1
    for folder, truth in outs.values():
        truth.close()
    n = sum(planted.values())
    print(f"corpus: {len(plan)} files, {written / 1e6:.1f} MB, {n} planted values "
          f"({n / (written / 1000):.2f} per KB): "
          + ", ".join(f"{k} {v}" for k, v in sorted(planted.items())), file=sys.stderr)


def write_small_files(args, work):
    rng = random.Random(args.seed + 1)
    v = Values(rng)
    folder = work / "small-files"
    if folder.exists():
        shutil.rmtree(folder)
    per_dir = 1000
    for i in range(args.small_files):
        d = folder / f"d{i // per_dir:04d}"
        if i % per_dir == 0:
            d.mkdir(parents=True)
        x = rng.random()
        if x < 0.3:
            text = f"联系人 {rng.choice(CN_SURNAMES)}先生 手机 {v.phone()}\n"
        elif x < 0.4:
            text = f"email: {v.email()}\n"
        else:
            text = rng.choice(NOTE_LINES + CHAT_LINES) + "\n"
        (d / f"f{i:06d}.txt").write_text(text, encoding="utf-8")
    print(f"small files: {args.small_files} in {folder}", file=sys.stderr)


def write_big(args, work):
    """One big log file of --big-gb GiB, written in repeated blocks (fast; content need not be unique)."""
    rng = random.Random(args.seed + 2)
    gen = Gen(rng)
    folder = work / "big"
    folder.mkdir(parents=True, exist_ok=True)
    blocks = []
    for _ in range(16):
        doc = Doc()
        gen.log(doc, 1 << 20)
        blocks.append(b"".join(s.encode("utf-8") for s in doc.parts))
    target = int(args.big_gb * (1 << 30))
    n = 0
    with open(folder / "big.log", "wb") as f:
        i = 0
        while n < target:
            b = blocks[i % len(blocks)][: target - n]
            f.write(b)
            n += len(b)
            i += 1
    print(f"big file: {folder / 'big.log'} {n / (1 << 30):.2f} GiB", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("workdir", type=Path, help="folder for corpus/, ground-truth.jsonl, etc.")
    ap.add_argument("--size-mb", type=float, default=120.0, help="corpus size in MB (default 120)")
    ap.add_argument("--small", action="store_true", help="a ~5 MB corpus, for a quick run")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--encoding", choices=["gb18030", "utf-16le"], help="also write corpus-<enc>/ in this encoding")
    ap.add_argument("--small-files", type=int, default=0, metavar="N", help="also write N tiny files to small-files/")
    ap.add_argument("--big-gb", type=float, default=0, metavar="G", help="also write big/big.log of G GiB")
    ap.add_argument("--no-corpus", action="store_true", help="skip the corpus (only --small-files / --big-gb)")
    args = ap.parse_args()
    if args.small:
        args.size_mb = 5.0
    args.workdir.mkdir(parents=True, exist_ok=True)
    if not args.no_corpus:
        write_corpus(args, args.workdir)
    if args.small_files:
        write_small_files(args, args.workdir)
    if args.big_gb:
        write_big(args, args.workdir)


if __name__ == "__main__":
    main()
