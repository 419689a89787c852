using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ArchTemplates.Build.Tasks;

/// <summary>
/// Reads the files the generator emitted into a compiled assembly, as <see cref="DocumentationContract"/>
/// describes: the string constants of one class, each "logical name\ncontent".
/// </summary>
internal static class DocumentationOutputReader
{

    /// <returns>Logical name → content, or null when the assembly holds no documentation output (the generator did not run).</returns>
    public static IReadOnlyDictionary<string, string>? Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            if (!metadata.StringComparer.Equals(type.Name, DocumentationContract.ClassName) || !metadata.StringComparer.Equals(type.Namespace, DocumentationContract.Namespace))
            {
                continue;
            }

            var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var fieldHandle in type.GetFields())
            {
                var constant = metadata.GetFieldDefinition(fieldHandle).GetDefaultValue();
                if (constant.IsNil)
                {
                    continue;
                }

                var value = metadata.GetConstant(constant);
                if (value.TypeCode != ConstantTypeCode.String)
                {
                    continue;
                }

                var text = metadata.GetBlobReader(value.Value).ReadUTF16(metadata.GetBlobReader(value.Value).Length);
                var newline = text.IndexOf('\n');
                if (newline > 0)
                {
                    files[text.Substring(0, newline)] = text.Substring(newline + 1);
                }
            }

            return files;
        }

        return null;
    }
}
