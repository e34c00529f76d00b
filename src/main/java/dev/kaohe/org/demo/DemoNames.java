package dev.kaohe.org.demo;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** zh-CN personal names: a surname drawn by how common it is, then one or two given-name characters. */
final class DemoNames {

    /** Common surnames, the most frequent first; earlier entries are drawn more often. */
    private static final String[] SURNAMES = {
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林",
            "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘",
            "袁", "蔡", "蒋", "余", "于", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "姚", "沈", "钟", "姜",
            "崔", "谭", "陆", "范", "汪", "廖", "石", "金", "韦", "贾", "夏", "付", "方", "邹", "熊", "白", "孟", "秦",
            "邱", "侯", "江", "尹", "薛", "闫", "段", "雷", "龙", "黎", "史", "陶", "贺", "毛", "郝", "顾", "龚", "邵",
            "万", "覃", "武", "钱", "戴", "严", "莫", "孔", "向", "常", "欧阳", "司马", "上官"
    };

    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞志文斌浩宇晨"
            + "欣怡子涵雨萱梓轩思远佳琪嘉俊博晓婷瑶雪梅丹建国立新海燕雅琳蕾倩颖晶慧颖凯鑫瑞泽昊然一诺"
            + "若曦家豪天佑梦洁诗雨婉清子墨铭宏亮春阳秋冬宁静安康永辉振东慧敏德华凤霞俊杰冰彤可馨";

    private final Random random;
    private final Set<String> used = new HashSet<>();
    private final boolean unique;

    DemoNames(Random random, int population) {
        this.random = random;
        // small companies rarely have two people of the same name; large ones do, and checking costs memory
        this.unique = population <= 20_000;
    }

    String next() {
        String name = draw();
        for (int attempt = 0; unique && used.contains(name) && attempt < 50; attempt++) {
            name = draw();
        }
        if (unique) {
            used.add(name);
        }
        return name;
    }

    private String draw() {
        // squaring a uniform number favours the front of the list, like real surname frequencies
        double u = random.nextDouble();
        String surname = SURNAMES[(int) (u * u * SURNAMES.length)];
        StringBuilder name = new StringBuilder(surname);
        int length = random.nextInt(10) < 7 ? 2 : 1;
        for (int i = 0; i < length; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }
}
