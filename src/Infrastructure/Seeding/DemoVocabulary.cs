namespace DoubleRandom.Infrastructure.Seeding;

/// <summary>Words the demo generator composes names and addresses from.</summary>
internal static class DemoVocabulary
{
    public static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "马", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "罗", "丁", "田", "金", "海"];

    public static readonly string[] GivenNames =
        ["伟", "芳", "娜", "敏", "静", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "建国", "海燕", "志强", "玉兰", "国华", "小红", "文博", "晓东", "宁"];

    public static readonly string[] TradeNames =
        ["塞上", "贺兰", "鑫源", "宏达", "金沙", "瑞丰", "恒通", "丝路", "枸杞红", "六盘", "黄河", "凤城", "西夏", "盛华", "永康", "天和", "新月", "隆德", "沙湖", "银川湾"];

    public static readonly (string Section, double Share, string Word)[] Industries =
    [
        ("F", 0.38, "商贸"), ("H", 0.16, "餐饮"), ("O", 0.10, "便民服务"), ("C", 0.08, "制造"), ("E", 0.05, "建设工程"),
        ("L", 0.06, "商务咨询"), ("I", 0.04, "信息技术"), ("A", 0.05, "农牧"), ("G", 0.03, "物流"), ("K", 0.02, "置业"),
        ("Q", 0.01, "医疗"), ("R", 0.01, "文化传媒"), ("M", 0.01, "科技"),
    ];

    public static readonly string[] Roads =
        ["北京路", "解放街", "文化街", "贺兰山路", "凤凰街", "正源街", "民族街", "上海路", "黄河路", "朔方路", "新华街", "利民街"];

    public static readonly string[] Tags = ["食品经营", "特种设备", "重点监管", "药品零售", "校园周边", "网络交易", "计量器具", "农资经营"];

    public static readonly string[] Expertise = ["食品安全", "特种设备", "药品", "计量", "标准化", "价格监督", "广告", "网络交易", "产品质量", "知识产权"];
}
