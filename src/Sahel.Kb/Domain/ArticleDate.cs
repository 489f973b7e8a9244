namespace Sahel.Kb.Domain;

/// <summary>A dated fact about an article, kept at the precision the text gives and no finer.</summary>
public sealed class ArticleDate
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public DateLabel Label { get; set; }

    /// <summary>ISO 8601 cut to its precision: "1954", "2021-05", "2021-05-24".</summary>
    public required string Value { get; set; }

    public DatePrecision Precision { get; set; }

    /// <summary>The words the date was read from.</summary>
    public string Words { get; set; } = "";

    /// <summary>"early", "mid" or "late" when the text places the date within its year or month ("late October 2023").</summary>
    public string? Qualifier { get; set; }

    /// <summary>For a <see cref="DateLabel.Step"/>: what happened then, in the text's words ("captured the town of Tessalit").</summary>
    public string? Event { get; set; }

    /// <summary>The seed pages that give this date, one a line, in ordinal order.</summary>
    public string Pages { get; set; } = "";
}

public enum DateLabel
{
    Start,
    End,
    Born,
    Died,
    Founded,
    Dissolved,
    Signed,

    /// <summary>A dated step within an event that is neither its start nor its end.</summary>
    Step,
}

public enum DatePrecision
{
    Year,
    Month,
    Day,
}
