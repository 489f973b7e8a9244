using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data;

/// <summary>Kinds are stored as their names: "event", "region", ...</summary>
internal sealed class KindConverter() : ValueConverter<ArticleKind, string>(k => k.Name(), s => ArticleKinds.Parse(s));

/// <summary>Enums are stored in lower case, readable in the database and stable across renumbering.</summary>
internal sealed class LowerCaseEnumConverter<T>() : ValueConverter<T, string>(
    v => v.ToString().ToLowerInvariant(),
    s => Enum.Parse<T>(s, true))
    where T : struct, Enum;
