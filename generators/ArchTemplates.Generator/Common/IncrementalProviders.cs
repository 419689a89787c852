using System;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Common;

/// <summary>Combines pipeline values into named records rather than nested tuples.</summary>
internal static class IncrementalProviders
{
    /// <summary>Combines two values into one, made by <paramref name="combine"/>.</summary>
    public static IncrementalValueProvider<TResult> Combine<TLeft, TRight, TResult>(
        this IncrementalValueProvider<TLeft> left,
        IncrementalValueProvider<TRight> right,
        Func<TLeft, TRight, TResult> combine)
        => left.Combine(right).Select((pair, _) => combine(pair.Left, pair.Right));
}
