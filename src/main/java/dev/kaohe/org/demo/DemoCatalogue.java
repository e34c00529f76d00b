package dev.kaohe.org.demo;

import java.util.List;

import dev.kaohe.org.PositionFamily;

/** The fixed vocabulary of the demo company: regions, positions and the kinds of team it has. */
final class DemoCatalogue {

    private DemoCatalogue() {
    }

    static final String COMPANY = "华信消费品有限公司";
    static final String MARKETING_CENTRE = "市场营销中心";
    static final String HEADQUARTERS_CITY = "上海";

    record Macro(String code, String name, String tags) {
    }

    record Cluster(String code, String name, String macro) {
    }

    /** A city under a cluster, or directly under its macro-region when cluster is null. */
    record City(String code, String name, String macro, String cluster, String tags) {
    }

    static final List<Macro> MACROS = List.of(
            new Macro("HD", "华东", "东部"),
            new Macro("HN", "华南", "东部"),
            new Macro("HB", "华北", "东部"),
            new Macro("HZ", "华中", "中部"),
            new Macro("XN", "西南", "西部"),
            new Macro("XB", "西北", "西部"),
            new Macro("DB", "东北", "东部"));

    static final List<Cluster> CLUSTERS = List.of(
            new Cluster("CSJ", "长三角", "HD"),
            new Cluster("SDBD", "山东半岛城市群", "HD"),
            new Cluster("ZSJ", "珠三角", "HN"),
            new Cluster("JJJ", "京津冀", "HB"),
            new Cluster("CY", "成渝城市群", "XN"));

    /** The first {@link #BASE_CITIES} are always present; larger companies add more, in this order. */
    static final List<City> CITIES = List.of(
            new City("SHA", "上海", "HD", "CSJ", "一线城市,东部"),
            new City("HGH", "杭州", "HD", "CSJ", "新兴经济区,东部"),
            new City("NKG", "南京", "HD", "CSJ", "东部"),
            new City("CAN", "广州", "HN", "ZSJ", "一线城市,东部"),
            new City("SZX", "深圳", "HN", "ZSJ", "一线城市,东部"),
            new City("PEK", "北京", "HB", "JJJ", "一线城市,东部"),
            new City("JNG", "济宁", "HD", "SDBD", "东部"),
            new City("YNT", "烟台", "HD", "SDBD", "东部"),
            new City("TAO", "青岛", "HD", "SDBD", "新兴经济区,东部"),
            new City("WDG", "文登", "HD", "SDBD", "东部"),
            new City("WUH", "武汉", "HZ", null, "新兴经济区,中部"),
            new City("CTU", "成都", "XN", "CY", "新兴经济区,西部"),
            new City("CKG", "重庆", "XN", "CY", "新兴经济区,西部"),
            new City("XIY", "西安", "XB", null, "新兴经济区,西部"),
            new City("SHE", "沈阳", "DB", null, "东部"),
            new City("HRB", "哈尔滨", "DB", null, "东部"),
            new City("SZV", "苏州", "HD", "CSJ", "东部"),
            new City("NGB", "宁波", "HD", "CSJ", "东部"),
            new City("TSN", "天津", "HB", "JJJ", "东部"),
            new City("CGO", "郑州", "HZ", null, "新兴经济区,中部"),
            new City("CSX", "长沙", "HZ", null, "新兴经济区,中部"),
            new City("DGM", "东莞", "HN", "ZSJ", "东部"),
            new City("FOS", "佛山", "HN", "ZSJ", "东部"),
            new City("HFE", "合肥", "HD", null, "新兴经济区,东部"),
            new City("XMN", "厦门", "HD", null, "东部"),
            new City("TNA", "济南", "HD", "SDBD", "东部"),
            new City("KMG", "昆明", "XN", null, "西部"),
            new City("KWE", "贵阳", "XN", null, "西部"),
            new City("NNG", "南宁", "HN", null, "西部"),
            new City("SJW", "石家庄", "HB", "JJJ", "东部"),
            new City("TYN", "太原", "HB", null, "中部"),
            new City("KHN", "南昌", "HZ", null, "中部"),
            new City("LHW", "兰州", "XB", null, "西部"),
            new City("INC", "银川", "XB", null, "西部"),
            new City("URC", "乌鲁木齐", "XB", null, "西部"),
            new City("DLC", "大连", "DB", null, "东部"),
            new City("CGQ", "长春", "DB", null, "东部"),
            new City("FOC", "福州", "HD", null, "东部"));

    static final int BASE_CITIES = 16;

    /** Position catalogue; the code is the key the generator refers to. */
    record PositionSpec(String code, String name, PositionFamily family, String description) {
    }

    static final List<PositionSpec> POSITIONS = List.of(
            new PositionSpec("DIR", "营销总监", PositionFamily.MANAGEMENT, "市场营销中心负责人"),
            new PositionSpec("DM", "部门经理", PositionFamily.MANAGEMENT, "部门负责人"),
            new PositionSpec("SM", "销售经理", PositionFamily.MANAGEMENT, "销售团队负责人"),
            new PositionSpec("SUP", "主管", PositionFamily.MANAGEMENT, "团队或小组主管"),
            new PositionSpec("REP", "销售代表", PositionFamily.SALES_REP, "区域客户开发与销售"),
            new PositionSpec("TEL", "电销专员", PositionFamily.TELESALES, "电话销售与线索跟进"),
            new PositionSpec("KAM", "大客户经理", PositionFamily.KEY_ACCOUNT, "重点客户经营"),
            new PositionSpec("MKT", "市场专员", PositionFamily.MARKETING, "市场活动执行"),
            new PositionSpec("PLN", "市场策划", PositionFamily.MARKET_PLANNING, "市场方案与活动策划"),
            new PositionSpec("NMO", "新媒体运营", PositionFamily.NEW_MEDIA, "社交媒体与内容运营"),
            new PositionSpec("CHN", "渠道推广专员", PositionFamily.CHANNEL_PROMOTION, "渠道开发与推广"),
            new PositionSpec("BRD", "品牌经理", PositionFamily.BRAND, "品牌建设与管理"),
            new PositionSpec("CS", "客服专员", PositionFamily.CUSTOMER_SERVICE, "客户咨询与售后服务"));

    /** The three departments under the marketing centre. */
    static final List<String> DEPARTMENTS = List.of("销售部", "市场部", "客户运营部");

    /**
     * A kind of team.
     *
     * @param department  index into {@link #DEPARTMENTS}
     * @param share       percent of the staff head count
     * @param size        typical team size, lead included
     * @param staff       position codes of the staff, drawn in turn
     * @param lead        position code of the team lead
     * @param cities      where the team sits; null for regional sales teams (one macro-region each)
     * @param travelling  staff spread over the cities instead of sitting with the team
     */
    record TeamKind(String name, int department, int share, int size, List<String> staff, String lead,
                    List<String> cities, boolean travelling) {
    }

    static final List<TeamKind> TEAM_KINDS = List.of(
            new TeamKind("销售部", 0, 34, 7, List.of("REP"), "SM", null, false),
            new TeamKind("大客户部", 0, 8, 9, List.of("KAM"), "SM", List.of("上海", "北京", "广州", "深圳"), false),
            new TeamKind("电销中心", 0, 14, 16, List.of("TEL"), "SM", List.of("武汉", "成都"), false),
            new TeamKind("市场策划部", 1, 8, 9, List.of("PLN", "PLN", "MKT"), "SUP", List.of("上海"), false),
            new TeamKind("新媒体运营部", 1, 8, 9, List.of("NMO"), "SUP", List.of("杭州", "上海"), false),
            new TeamKind("渠道推广部", 1, 9, 10, List.of("CHN"), "SUP",
                    List.of("青岛", "济宁", "烟台", "文登", "沈阳", "哈尔滨", "南京", "重庆", "西安"), true),
            new TeamKind("品牌管理部", 1, 5, 6, List.of("BRD"), "SUP", List.of("上海"), false),
            new TeamKind("客户服务部", 2, 14, 16, List.of("CS"), "SUP", List.of("成都", "西安"), false));

    /** Regional sales teams go round the macro-regions in this order (华东 is the biggest market). */
    static final List<String> SALES_MACRO_ORDER = List.of("华东", "华南", "华东", "华北", "华中", "西南", "西北", "东北");
}
