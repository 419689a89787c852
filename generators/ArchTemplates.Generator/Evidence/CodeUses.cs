using System;
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
    /// <summary>Every use in the tree, each at its location: what the conformance analyzer checks and reports at.</summary>
    public static IEnumerable<TypeUse> InTree(SemanticModel model, CancellationToken cancellationToken)
        => WithSymbols(model, UseFilter.All, cancellationToken).Select(use => use.Use);

    /// <summary>
    /// The uses in the tree that <paramref name="filter"/> wants, each with the symbol of the used type, for readers
    /// that need more of it than its id. A use the filter leaves out costs no id and no location.
    /// </summary>
    public static IEnumerable<SymbolUse> WithSymbols(SemanticModel model, UseFilter filter, CancellationToken cancellationToken)
    {
        var root = model.SyntaxTree.GetRoot(cancellationToken);
        foreach (var declaration in root.DescendantNodes().OfType<TypeDeclarationSyntax>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (model.GetDeclaredSymbol(declaration, cancellationToken) is INamedTypeSymbol type)
            {
                var code = new TypeCode(type, filter);
                Collect(model, declaration, code, cancellationToken);
                foreach (var use in code.UsesOfOthers)
                {
                    yield return use;
                }
            }
        }

        var statements = root is CompilationUnitSyntax unit ? unit.Members.OfType<GlobalStatementSyntax>().ToList() : [];
        if (statements.Count > 0 && model.GetEnclosingSymbol(statements[0].SpanStart, cancellationToken)?.ContainingType is { } program)
        {
            var code = new TypeCode(program, filter);
            foreach (var statement in statements)
            {
                AddOperations(model, statement.Statement, code, cancellationToken);
            }

            foreach (var use in code.UsesOfOthers)
            {
                yield return use;
            }
        }
    }

    private static void Collect(SemanticModel model, TypeDeclarationSyntax declaration, TypeCode code, CancellationToken cancellationToken)
    {
        foreach (var baseType in declaration.BaseList?.Types ?? default)
        {
            AddTypeOf(model, baseType.Type, UseKind.BaseType, code, cancellationToken);
            if (baseType is PrimaryConstructorBaseTypeSyntax { ArgumentList: var arguments })
            {
                AddOperations(model, arguments, code, cancellationToken);
            }
        }

        foreach (var parameter in declaration.ParameterList?.Parameters ?? default)
        {
            AddTypeOf(model, parameter.Type, UseKind.ConstructorParameter, code, cancellationToken);
        }

        foreach (var member in declaration.Members)
        {
            switch (member)
            {
                case BaseFieldDeclarationSyntax field:
                    AddTypeOf(model, field.Declaration.Type, UseKind.Field, code, cancellationToken);
                    foreach (var variable in field.Declaration.Variables)
                    {
                        AddOperations(model, variable.Initializer?.Value, code, cancellationToken);
                    }

                    break;
                case PropertyDeclarationSyntax property:
                    AddTypeOf(model, property.Type, UseKind.Property, code, cancellationToken);
                    AddOperations(model, property.ExpressionBody?.Expression, code, cancellationToken);
                    AddOperations(model, property.Initializer?.Value, code, cancellationToken);
                    AddAccessors(model, property.AccessorList, code, cancellationToken);
                    break;
                case BasePropertyDeclarationSyntax other:
                    AddAccessors(model, other.AccessorList, code, cancellationToken);
                    break;
                case ConstructorDeclarationSyntax constructor:
                    foreach (var parameter in constructor.ParameterList.Parameters)
                    {
                        AddTypeOf(model, parameter.Type, UseKind.ConstructorParameter, code, cancellationToken);
                    }

                    AddOperations(model, constructor.Initializer, code, cancellationToken);
                    AddBody(model, constructor, code, cancellationToken);
                    break;
                case BaseMethodDeclarationSyntax method:
                    AddBody(model, method, code, cancellationToken);
                    break;
            }
        }
    }

    private static void AddAccessors(SemanticModel model, AccessorListSyntax? accessors, TypeCode code, CancellationToken cancellationToken)
    {
        foreach (var accessor in accessors?.Accessors ?? default)
        {
            AddOperations(model, (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody?.Expression, code, cancellationToken);
        }
    }

    private static void AddBody(SemanticModel model, BaseMethodDeclarationSyntax method, TypeCode code, CancellationToken cancellationToken)
        => AddOperations(model, (SyntaxNode?)method.Body ?? method.ExpressionBody?.Expression, code, cancellationToken);

    private static void AddTypeOf(SemanticModel model, TypeSyntax? syntax, UseKind kind, TypeCode code, CancellationToken cancellationToken)
    {
        if (syntax is not null && model.GetTypeInfo(syntax, cancellationToken).Type is { } type)
        {
            code.Add(type, kind, syntax);
        }
    }

    private static void AddOperations(SemanticModel model, SyntaxNode? node, TypeCode code, CancellationToken cancellationToken)
    {
        if (node is null || model.GetOperation(node, cancellationToken) is not { } root)
        {
            return;
        }

        foreach (var operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IObjectCreationOperation { Type: { } created }:
                    code.Add(created, UseKind.ObjectCreation, operation.Syntax);
                    break;
                case IInvocationOperation invocation:
                    code.Add(invocation.TargetMethod.ContainingType, UseKind.MethodCall, operation.Syntax);
                    var registers = ServiceRegistrations.Read(invocation).Any();
                    foreach (var argument in invocation.TargetMethod.TypeArguments)
                    {
                        code.Add(argument, registers ? UseKind.Registration : UseKind.MethodCall, operation.Syntax);
                    }

                    break;
                case ITypeOfOperation { TypeOperand: var operand } when operation.Parent?.Parent is IInvocationOperation registration && ServiceRegistrations.Read(registration).Any():
                    code.Add(operand, UseKind.Registration, operation.Syntax);
                    break;
                case IMemberReferenceOperation member:
                    code.Add(member.Member.ContainingType, UseKind.MemberAccess, operation.Syntax);
                    break;
                case IVariableDeclaratorOperation variable:
                    code.Add(variable.Symbol.Type, UseKind.Local, operation.Syntax);
                    break;
            }
        }
    }

    /// <summary>What one type's code uses, as it is found: only the uses the filter wants get an id and a location.</summary>
    private sealed class TypeCode(INamedTypeSymbol user, UseFilter filter)
    {
        private readonly TypeId _user = TypeId.Of(user);
        private readonly List<SymbolUse> _uses = [];

        /// <summary>The uses of types other than the user itself.</summary>
        public IEnumerable<SymbolUse> UsesOfOthers => _uses.Where(use => use.Use.Type != _user);

        public void Add(ITypeSymbol? type, UseKind kind, SyntaxNode at)
        {
            LocationInfo? location = null;
            foreach (var named in NamedTypes(type).Where(filter.Wants))
            {
                if (filter.Locations)
                {
                    location ??= LocationInfo.From(at);
                }

                _uses.Add(new SymbolUse(new TypeUse(_user, TypeId.Of(named), named.TypeKind == TypeKind.Interface || named.IsAbstract, kind, location), named));
            }
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

/// <summary>
/// Which uses a reader wants: of which types, and whether each carries its location. A filter is a rule for one
/// reading, not a value that flows through the pipeline, so it has no equality of its own.
/// </summary>
internal sealed class UseFilter(Func<INamedTypeSymbol, bool> wants, bool locations)
{
    /// <summary>Every use, located.</summary>
    public static readonly UseFilter All = new(_ => true, locations: true);

    /// <summary>Whether a use of a type is wanted.</summary>
    public Func<INamedTypeSymbol, bool> Wants { get; } = wants;

    /// <summary>Whether each wanted use carries where it is in the source.</summary>
    public bool Locations { get; } = locations;
}
