namespace ArchTemplates;

/// <summary>Whether the code can show a relationship, so that the conformance check looks for it there.</summary>
public enum Evidence
{
    /// <summary>The code shows the relationship: a relationship between two component types that no code uses is reported (ARCH202).</summary>
    Code = 0,

    /// <summary>The code cannot show the relationship (configuration, reflection, a call through another process): it is never reported as unverified.</summary>
    None = 1,
}
