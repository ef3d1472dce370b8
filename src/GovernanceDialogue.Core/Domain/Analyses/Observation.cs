namespace GovernanceDialogue.Core.Domain.Analyses;

/// <summary>
/// Indikator — one observed value as evidence in an analysis: what, how much, for which period, from where (e.g. a
/// Kolada key figure), optionally split by gender (women/men beside the total) and beside a comparison value.
/// </summary>
public sealed class Observation
{
    public const int TitleMaxLength = 300;
    public const int UnitOfMeasureMaxLength = 40;
    public const int PeriodMaxLength = 20;
    public const int SourceMaxLength = 200;
    public const int KoladaKpiIdMaxLength = 20;
    public const string KoladaKpiIdPattern = "^[A-Z][0-9]{5}$";
    public const int ComparisonLabelMaxLength = 100;

    /// <summary>Values are stored as <c>numeric(18, 4)</c>: at most 14 digits before the decimal point and 4 after.</summary>
    public const int ValuePrecision = 18;

    /// <summary>Decimals kept for a value; a value with more is refused, never silently rounded.</summary>
    public const int ValueScale = 4;

    /// <summary>10^14: every value must be smaller than this in size.</summary>
    private const decimal ValueLimit = 100_000_000_000_000m;

    private Observation()
    {
    }

    public Guid Id { get; private set; }

    public Guid AnalysisId { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The total (Kolada's gender "T").</summary>
    public decimal Value { get; private set; }

    public string? UnitOfMeasure { get; private set; }

    public string Period { get; private set; } = "";

    public string Source { get; private set; } = "";

    public string? KoladaKpiId { get; private set; }

    public decimal? ValueWomen { get; private set; }

    public decimal? ValueMen { get; private set; }

    public decimal? ComparisonValue { get; private set; }

    public string? ComparisonLabel { get; private set; }

    /// <summary>Whether <paramref name="value"/> can be stored exactly: below 10^14 in size and at most 4 decimals.</summary>
    public static bool Fits(decimal value) => Math.Abs(value) < ValueLimit && decimal.Round(value, ValueScale) == value;

    public static Observation Create(
        Guid id, Guid analysisId, string title, decimal value, string? unitOfMeasure, string period, string source, string? koladaKpiId,
        decimal? valueWomen, decimal? valueMen, decimal? comparisonValue, string? comparisonLabel) =>
        new()
        {
            Id = id,
            AnalysisId = analysisId,
            Title = title.Trim(),
            Value = value,
            UnitOfMeasure = string.IsNullOrWhiteSpace(unitOfMeasure) ? null : unitOfMeasure.Trim(),
            Period = period.Trim(),
            Source = source.Trim(),
            KoladaKpiId = string.IsNullOrWhiteSpace(koladaKpiId) ? null : koladaKpiId.Trim(),
            ValueWomen = valueWomen,
            ValueMen = valueMen,
            ComparisonValue = comparisonValue,
            ComparisonLabel = string.IsNullOrWhiteSpace(comparisonLabel) ? null : comparisonLabel.Trim(),
        };

    internal void ReplaceWith(Observation other)
    {
        Title = other.Title;
        Value = other.Value;
        UnitOfMeasure = other.UnitOfMeasure ?? UnitOfMeasure;
        Source = other.Source;
        ValueWomen = other.ValueWomen;
        ValueMen = other.ValueMen;
        ComparisonValue = other.ComparisonValue ?? ComparisonValue;
        ComparisonLabel = other.ComparisonLabel ?? ComparisonLabel;
    }
}
