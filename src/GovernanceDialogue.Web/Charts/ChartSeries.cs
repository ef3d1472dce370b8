namespace GovernanceDialogue.Web.Charts;

/// <summary>How a series is filled. Each has its own pattern as well as its own colour, so colour never carries the meaning alone.</summary>
public enum ChartFill
{
    /// <summary>Solid dark green.</summary>
    SolidGreen,

    /// <summary>Solid dark blue.</summary>
    SolidBlue,

    /// <summary>Diagonal dark-amber stripes on light amber, outlined.</summary>
    StripesAmber,

    /// <summary>Dark-red cross-hatching on light red, outlined.</summary>
    HatchRed,

    /// <summary>Dark-purple dots on light purple, outlined.</summary>
    DotsPurple,
}

/// <summary>A named series of a chart (a stack segment, a bar of a group, a line) and how it is drawn.</summary>
/// <param name="Name">What the legend, the text alternative and the table call it.</param>
/// <param name="Fill">Its colour and pattern.</param>
public sealed record ChartSeries(string Name, ChartFill Fill)
{
    /// <summary>The id of the series' pattern inside the chart <paramref name="chartId"/> (ids are unique per page).</summary>
    public string PatternId(string chartId) => $"{chartId}-{Fill.ToString().ToLowerInvariant()}";

    /// <summary>The CSS class that colours the series' outline, lines, markers and pattern.</summary>
    public string CssClass => "series-" + Fill.ToString().ToLowerInvariant();
}
