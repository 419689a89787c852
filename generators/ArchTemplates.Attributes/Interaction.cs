namespace ArchTemplates;

/// <summary>How a relationship's source interacts with its target.</summary>
public enum Interaction
{
    /// <summary>The source calls the target and waits for the answer.</summary>
    Sync = 0,

    /// <summary>The source sends a message or event and does not wait.</summary>
    Async = 1,
}
