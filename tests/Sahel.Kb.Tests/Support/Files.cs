namespace Sahel.Kb.Tests.Support;

/// <summary>Paths to the repository's seeds and the fixtures beside these tests.</summary>
public static class Files
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Seed => Path.Combine(RepositoryRoot, "seeds", "000_93b557a858d81a10.txt");

    public static string Fixture(string name) => Path.Combine(RepositoryRoot, "tests", "Sahel.Kb.Tests", "Fixtures", name);

    private static readonly Lazy<string> Copies = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("sahel-kb-seed-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    });

    /// <summary>A copy of a file under a new name (edited by <paramref name="edit"/> if given), in a folder of its own deleted when the run ends.</summary>
    public static string CopyAs(string source, string name, Func<string, string>? edit = null)
    {
        if (edit is not null)
        {
            return Write(name, edit(File.ReadAllText(source)));
        }

        var target = NewPath(name);
        File.Copy(source, target);
        return target;
    }

    /// <summary>A page written under <paramref name="name"/> in a folder of its own, deleted when the run ends.</summary>
    public static string Write(string name, string text)
    {
        var target = NewPath(name);
        File.WriteAllText(target, text);
        return target;
    }

    private static string NewPath(string name) =>
        Path.Combine(Directory.CreateDirectory(Path.Combine(Copies.Value, Guid.NewGuid().ToString("N"))).FullName, name);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sahel.Kb.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Sahel.Kb.sln not found above the test folder.");
    }
}
