namespace ArchTemplates;

/// <summary>Where an element or a relationship of the model comes from, and whether the code confirms it.</summary>
public enum Provenance
{
    /// <summary>Declared by the team (an attribute or architecture.yml) and not confirmed by the code, or not something code can show.</summary>
    Declared = 0,

    /// <summary>Declared by the team and found in the code.</summary>
    Verified = 1,

    /// <summary>Not declared: inferred from the code and the projects.</summary>
    Inferred = 2,
}
