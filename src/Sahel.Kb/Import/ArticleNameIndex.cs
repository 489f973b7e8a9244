namespace Sahel.Kb.Import;

/// <summary>
/// Keeps <see cref="ArticleNames"/> between edits, for one database: an edit takes the names as
/// they stood before it (read again when the knowledge base moved on in between: an import,
/// another instance's edit), stages them with its own changes, and publishes them once its
/// transaction has committed. An edit rolled back publishes nothing.
/// </summary>
public sealed class ArticleNameIndex
{
    private ArticleNames? _current;
    private ArticleNames? _staged;

    /// <summary>The names as they stood at <paramref name="version"/>, if they are known.</summary>
    public ArticleNames? At(long version) => Volatile.Read(ref _current) is { } names && names.Version == version ? names : null;

    /// <summary>Names an edit made at their version, to be published when it commits.</summary>
    public void Stage(ArticleNames names) => Volatile.Write(ref _staged, names);

    /// <summary>The edit that staged names at <paramref name="version"/> has committed: they are current.</summary>
    public void Publish(long version)
    {
        if (Interlocked.Exchange(ref _staged, null) is { } staged && staged.Version == version)
        {
            Volatile.Write(ref _current, staged);
        }
    }
}
