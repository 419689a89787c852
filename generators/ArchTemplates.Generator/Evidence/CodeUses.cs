using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ArchTemplates.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ArchTemplates.Generator.Evidence;

/// <summary>
/// The types each type declared in a syntax tree uses, in the order they appear: its base types, the types of its
/// constructor parameters (primary constructors included), fields and properties, and in its code the objects it
/// creates, the methods it calls, the members it reads and the types of its locals. A type argument counts as a use of
/// its type (<c>IEnumerable&lt;IAlertSink&gt;</c> uses <c>IAlertSink</c>). Top-level statements (a minimal API's
/// Program.cs) are the code of the program type the compiler makes of them. Uses of the type itself are left out.
/// </summary>
internal static class CodeUses
{
    public static IEnumerable<TypeUse> InTree(SemanticModel model, CancellationToken cancellationToken)
        => WithSymbols(model, cancellationToken).Select(use => use.Use);

    /// <summary>The uses in the tree, each with the symbol of the used type, for readers that need more of it than its id.</summary>
    public static IEnumerable<SymbolUse> WithSymbols(SemanticModel model, CancellationToken cancellationToken)
    {
        var root = model.SyntaxTree.GetRoot(cancellationToken);
        foreach (var declaration in root.DescendantNodes().OfType<TypeDeclarationSyntax>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (model.GetDeclaredSymbol(declaration, cancellationToken) is INamedTypeSymbol type)
            {
                var uses = new List<SymbolUse>();
                Collect(model, declaration, TypeId.Of(type), uses, cancellationToken);
                foreach (var use in OfOthers(uses, type))
                {
                    yield return use;
                }
            }
        }

        var statements = root is CompilationUnitSyntax unit ? unit.Members.OfType<GlobalStatementSyntax>().ToList() : [];
        if (statements.Count > 0 && model.GetEnclosingSymbol(statements[0].SpanStart, cancellationToken)?.ContainingType is { } program)
        {
            var uses = new List<SymbolUse>();
            foreach (var statement in statements)
            {
                AddOperations(model, statement.Statement, TypeId.Of(program), uses, cancellationToken);
            }

            foreach (var use in OfOthers(uses, program))
            {
                yield return use;
            }
        }
    }

    private static IEnumerable<SymbolUse> OfOthers(List<SymbolUse> uses, INamedTypeSymbol user)
    {
        var self = TypeId.Of(user);
        return uses.Where(use => use.Use.Type != self);
    }

    private static void Collect(SemanticModel model, TypeDeclarationSyntax declaration, TypeId user, List<SymbolUse> uses, CancellationToken cancellationToken)
    {
        foreach (var baseType in declaration.BaseList?.Types ?? default)
        {
            AddTypeOf(model, baseType.Type, user, UseKind.BaseType, uses, cancellationToken);
            if (baseType is PrimaryConstructorBaseTypeSyntax { ArgumentList: var arguments })
            {
                AddOperations(model, arguments, user, uses, cancellationToken);
            }
        }

        foreach (var parameter in declaration.ParameterList?.Parameters ?? default)
        {
            AddTypeOf(model, parameter.Type, user, UseKind.ConstructorParameter, uses, cancellationToken);
        }

        foreach (var member in declaration.Members)
        {
            switch (member)
            {
                case BaseFieldDeclarationSyntax field:
                    AddTypeOf(model, field.Declaration.Type, user, UseKind.Field, uses, cancellationToken);
                    foreach (var variable in field.Declaration.Variables)
                    {
                        AddOperations(model, variable.Initializer?.Value, user, uses, cancellationToken);
                    }

                    break;
                case PropertyDeclarationSyntax property:
                    AddTypeOf(model, property.Type, user, UseKind.Property, uses, cancellationToken);
                    AddOperations(model, property.ExpressionBody?.Expression, user, uses, cancellationToken);
                    AddOperations(model, property.Initializer?.Value, user, uses, cancellationToken);
                    AddAccessors(model, property.AccessorList, user, uses, cancellationToken);
                    break;
                case BasePropertyDeclarationSyntax other:
                    AddAccessors(model, other.AccessorList, user, uses, cancellationToken);
                    break;
                case ConstructorDeclarationSyntax constructor:
                    foreach (var parameter in constructor.ParameterList.Parameters)
                    {
                        AddTypeOf(model, parameter.Type, user, UseKind.ConstructorParameter, uses, cancellationToken);
                    }

                    AddOperations(model, constructor.Initializer, user, uses, cancellationToken);
                    AddBody(model, constructor, user, uses, cancellationToken);
                    break;
                case BaseMethodDeclarationSyntax method:
                    AddBody(model, method, user, uses, cancellationToken);
                    break;
            }
        }
    }

    private static void AddAccessors(SemanticModel model, AccessorListSyntax? accessors, TypeId user, List<SymbolUse> uses, CancellationToken cancellationToken)
    {
        foreach (var accessor in accessors?.Accessors ?? default)
        {
            AddOperations(model, (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody?.Expression, user, uses, cancellationToken);
        }
    }

    private static void AddBody(SemanticModel model, BaseMethodDeclarationSyntax method, TypeId user, List<SymbolUse> uses, CancellationToken cancellationToken)
        => AddOperations(model, (SyntaxNode?)method.Body ?? method.ExpressionBody?.Expression, user, uses, cancellationToken);

    private static void AddTypeOf(SemanticModel model, TypeSyntax? syntax, TypeId user, UseKind kind, List<SymbolUse> uses, CancellationToken cancellationToken)
    {
        if (syntax is not null && model.GetTypeInfo(syntax, cancellationToken).Type is { } type)
        {
            Add(type, user, kind, LocationInfo.From(syntax), uses);
        }
    }

    private static void AddOperations(SemanticModel model, SyntaxNode? node, TypeId user, List<SymbolUse> uses, CancellationToken cancellationToken)
    {
        if (node is null || model.GetOperation(node, cancellationToken) is not { } root)
        {
            return;
        }

        // Most operations use no type of their own (literals, locals, conversions): a location is made only for those that do.
        foreach (var operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IObjectCreationOperation { Type: { } created }:
                    Add(created, user, UseKind.ObjectCreation, LocationInfo.From(operation.Syntax), uses);
                    break;
                case IInvocationOperation invocation:
                    var location = LocationInfo.From(operation.Syntax);
                    Add(invocation.TargetMethod.ContainingType, user, UseKind.MethodCall, location, uses);
                    var registers = ServiceRegistrations.Read(invocation).Any();
                    foreach (var argument in invocation.TargetMethod.TypeArguments)
                    {
                        Add(argument, user, registers ? UseKind.Registration : UseKind.MethodCall, location, uses);
                    }

                    break;
                case ITypeOfOperation { TypeOperand: var operand } when operation.Parent?.Parent is IInvocationOperation registration && ServiceRegistrations.Read(registration).Any():
                    Add(operand, user, UseKind.Registration, LocationInfo.From(operation.Syntax), uses);
                    break;
                case IMemberReferenceOperation member:
                    Add(member.Member.ContainingType, user, UseKind.MemberAccess, LocationInfo.From(operation.Syntax), uses);
                    break;
                case IVariableDeclaratorOperation variable:
                    Add(variable.Symbol.Type, user, UseKind.Local, LocationInfo.From(operation.Syntax), uses);
                    break;
            }
        }
    }

    private static void Add(ITypeSymbol? type, TypeId user, UseKind kind, LocationInfo? location, List<SymbolUse> uses)
    {
        foreach (var named in NamedTypes(type))
        {
            uses.Add(new SymbolUse(new TypeUse(user, TypeId.Of(named), named.TypeKind == TypeKind.Interface || named.IsAbstract, kind, location), named));
        }
    }

    /// <summary>The named types a type mentions: itself and its type arguments, element types of arrays and pointers.</summary>
    public static IEnumerable<INamedTypeSymbol> NamedTypes(ITypeSymbol? type)
    {
        switch (type)
        {
            case INamedTypeSymbol named when named.TypeKind != TypeKind.Error:
                yield return named;
                foreach (var argument in named.TypeArguments.SelectMany(NamedTypes))
                {
                    yield return argument;
                }

                break;
            case IArrayTypeSymbol array:
                foreach (var element in NamedTypes(array.ElementType))
                {
                    yield return element;
                }

                break;
            case IPointerTypeSymbol pointer:
                foreach (var pointed in NamedTypes(pointer.PointedAtType))
                {
                    yield return pointed;
                }

                break;
        }
    }
}

/// <summary>A use with the symbol of the used type; not a pipeline value (a symbol never compares equal across compilations).</summary>
internal readonly record struct SymbolUse(TypeUse Use, INamedTypeSymbol Type);
