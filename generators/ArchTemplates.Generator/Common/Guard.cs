using System;
using ArchTemplates.Generator.Diagnostics;

namespace ArchTemplates.Generator.Common;

/// <summary>
/// Runs a pipeline step so that an unexpected exception becomes diagnostic ARCH099 instead of CS8785
/// (which would silently drop every generated file, the document included).
/// </summary>
internal static class Guard
{
    public static T Run<T>(string activity, Func<T> step, Func<DiagnosticInfo, T> onFailure)
    {
        try
        {
            return step();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return onFailure(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, activity, $"{exception.GetType().Name}: {exception.Message}"));
        }
    }
}
