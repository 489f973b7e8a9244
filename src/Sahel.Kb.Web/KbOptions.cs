namespace Sahel.Kb.Web;

/// <summary>Configuration section <c>Kb</c>.</summary>
public sealed class KbOptions
{
    public const string Section = "Kb";

    /// <summary>Where the default SQLite database lives, relative to the content root.</summary>
    public string DataFolder { get; set; } = "App_Data";
}
