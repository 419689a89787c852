using ArchTemplates.Generator.Common;

namespace ArchTemplates.Generator.Model;

/// <summary>A name architecture.yml uses outside an element declaration (a sequence participant), checked when the model is merged.</summary>
internal sealed record NameReference(string Context, string Name);

/// <summary>A dynamic view: participants exchanging messages, with alternatives and loops.</summary>
internal sealed record Sequence(string Name, string? Description, EquatableArray<string> Participants, EquatableArray<SequenceStep> Steps);

internal enum MessageKind
{
    Call,
    Reply,
    Async,
}

/// <summary>One step of a sequence. A record hierarchy so that equality is by value at every level.</summary>
internal abstract record SequenceStep;

internal sealed record MessageStep(string From, string To, string Text, MessageKind Kind) : SequenceStep;

internal sealed record NoteStep(string Text, EquatableArray<string> Over) : SequenceStep;

internal enum BlockKind
{
    Alt,
    Opt,
    Loop,
}

/// <summary>
/// An <c>alt</c> (several branches, rendered <c>alt</c>/<c>else</c>), <c>opt</c> or <c>loop</c> block
/// (exactly one branch).
/// </summary>
internal sealed record BlockStep(BlockKind Kind, EquatableArray<SequenceBranch> Branches) : SequenceStep;

internal sealed record SequenceBranch(string? Condition, EquatableArray<SequenceStep> Steps);
