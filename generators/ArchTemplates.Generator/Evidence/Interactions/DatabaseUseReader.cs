using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Evidence.Interactions;

/// <summary>
/// Reads the database a type stands for when code holds it (a constructor or lambda parameter, a field, a
/// property): an EF Core <c>DbContext</c> (or <c>IDbContextFactory&lt;T&gt;</c>), or an ADO.NET client of a provider.
/// </summary>
internal static class DatabaseUseReader
{
    public static CodeFact? Read(ITypeSymbol? type)
    {
        var provider = type is null ? null : ProviderOf(type);
        return provider is null ? null : new CodeFact(CodeFactKind.DatabaseUse, null, provider);
    }

    private static string? ProviderOf(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsGenericType: true } generic && InteractionSymbols.MetadataName(generic.OriginalDefinition) == "Microsoft.EntityFrameworkCore.IDbContextFactory`1")
        {
            return DatabaseProviders.EntityFramework;
        }

        if (InteractionSymbols.DerivesFrom(type, "Microsoft.EntityFrameworkCore.DbContext"))
        {
            return DatabaseProviders.EntityFramework;
        }

        return InteractionSymbols.MetadataName(type) switch
        {
            "Npgsql.NpgsqlConnection" or "Npgsql.NpgsqlDataSource" => DatabaseProviders.PostgreSql,
            "Microsoft.Data.Sqlite.SqliteConnection" => DatabaseProviders.Sqlite,
            "Microsoft.Data.SqlClient.SqlConnection" or "System.Data.SqlClient.SqlConnection" => DatabaseProviders.SqlServer,
            _ => null,
        };
    }
}
