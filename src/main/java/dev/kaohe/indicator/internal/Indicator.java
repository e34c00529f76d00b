package dev.kaohe.indicator.internal;

import java.math.BigDecimal;

import dev.kaohe.indicator.DataSource;
import dev.kaohe.indicator.Direction;
import dev.kaohe.indicator.IndicatorDimension;
import dev.kaohe.indicator.IndicatorType;
import dev.kaohe.indicator.IndicatorUnit;
import dev.kaohe.indicator.Measure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String nameZh;
    private String nameEn;
    private String definitionZh;
    private String definitionEn;
    @Enumerated(EnumType.STRING)
    private IndicatorDimension dimension;
    @Enumerated(EnumType.STRING)
    private IndicatorUnit unit;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    @Enumerated(EnumType.STRING)
    private IndicatorType type;
    @Enumerated(EnumType.STRING)
    private Measure measure;
    @Enumerated(EnumType.STRING)
    private DataSource dataSource;
    private BigDecimal defaultTarget;
    /** The scoring module's RuleSpec as JSON text. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String defaultRule;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] positionFamilies = new String[0];
    private boolean builtIn;
    private boolean active = true;
    @Version
    private long version;

    protected Indicator() {
    }

    public Indicator(String code) {
        this.code = code;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getDefinitionZh() { return definitionZh; }
    public void setDefinitionZh(String definitionZh) { this.definitionZh = definitionZh; }
    public String getDefinitionEn() { return definitionEn; }
    public void setDefinitionEn(String definitionEn) { this.definitionEn = definitionEn; }
    public IndicatorDimension getDimension() { return dimension; }
    public void setDimension(IndicatorDimension dimension) { this.dimension = dimension; }
    public IndicatorUnit getUnit() { return unit; }
    public void setUnit(IndicatorUnit unit) { this.unit = unit; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
    public IndicatorType getType() { return type; }
    public void setType(IndicatorType type) { this.type = type; }
    public Measure getMeasure() { return measure; }
    public void setMeasure(Measure measure) { this.measure = measure; }
    public DataSource getDataSource() { return dataSource; }
    public void setDataSource(DataSource dataSource) { this.dataSource = dataSource; }
    public BigDecimal getDefaultTarget() { return defaultTarget; }
    public void setDefaultTarget(BigDecimal defaultTarget) { this.defaultTarget = defaultTarget; }
    public String getDefaultRule() { return defaultRule; }
    public void setDefaultRule(String defaultRule) { this.defaultRule = defaultRule; }
    public String[] getPositionFamilies() { return positionFamilies.clone(); }
    public void setPositionFamilies(String[] positionFamilies) { this.positionFamilies = positionFamilies.clone(); }
    public boolean isBuiltIn() { return builtIn; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
}
