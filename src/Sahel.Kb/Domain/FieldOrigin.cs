namespace Sahel.Kb.Domain;

/// <summary>Where a field's current value came from. An import never overwrites an editor's value.</summary>
public enum FieldOrigin
{
    Seed,
    Editor,
}
