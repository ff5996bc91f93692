using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace ScoGraphQL.Api.Tests.Schema;

/// <summary>
/// What graphql-js's findBreakingChanges(contract, served) reports, for the kinds of change a client would feel:
/// a type, field, argument, enum value or interface missing, or a field/argument of another type.
/// </summary>
public static class ContractCheck
{
    public static List<string> BreakingChanges(string contractSdl, ISchema served)
    {
        var problems = new List<string>();
        var document = Parser.Parse(contractSdl);
        foreach (var definition in document.Definitions.OfType<GraphQLTypeDefinition>())
        {
            var name = definition.Name.StringValue;
            var type = served.AllTypes[name];
            if (type is null)
            {
                problems.Add($"type {name} is missing");
                continue;
            }
            switch (definition)
            {
                case GraphQLObjectTypeDefinition objectType:
                    CheckFields(name, objectType.Fields, type, problems);
                    CheckInterfaces(name, objectType.Interfaces, type, problems);
                    break;
                case GraphQLInterfaceTypeDefinition interfaceType:
                    CheckFields(name, interfaceType.Fields, type, problems);
                    CheckInterfaces(name, interfaceType.Interfaces, type, problems);
                    break;
                case GraphQLInputObjectTypeDefinition inputType when type is IInputObjectGraphType input:
                    foreach (var field in inputType.Fields?.Items ?? [])
                    {
                        var servedField = input.GetField(field.Name.StringValue);
                        if (servedField is null) problems.Add($"input field {name}.{field.Name.StringValue} is missing");
                        else if (Print(field.Type) != servedField.ResolvedType!.ToString()) problems.Add($"input field {name}.{field.Name.StringValue} is {servedField.ResolvedType}, contract says {Print(field.Type)}");
                    }
                    break;
                case GraphQLEnumTypeDefinition enumType when type is EnumerationGraphType enumeration:
                    foreach (var value in enumType.Values?.Items ?? [])
                    {
                        if (enumeration.Values.FindByName(value.Name.StringValue) is null) problems.Add($"enum value {name}.{value.Name.StringValue} is missing");
                    }
                    break;
            }
        }
        return problems;
    }

    private static void CheckFields(string typeName, GraphQLFieldsDefinition? fields, IGraphType type, List<string> problems)
    {
        if (type is not IComplexGraphType complex) { problems.Add($"{typeName} is not an object or interface"); return; }
        foreach (var field in fields?.Items ?? [])
        {
            var servedField = complex.GetField(field.Name.StringValue);
            var at = $"{typeName}.{field.Name.StringValue}";
            if (servedField is null) { problems.Add($"field {at} is missing"); continue; }
            if (Print(field.Type) != servedField.ResolvedType!.ToString()) problems.Add($"field {at} is {servedField.ResolvedType}, contract says {Print(field.Type)}");
            foreach (var argument in field.Arguments?.Items ?? [])
            {
                var servedArgument = servedField.Arguments?.Find(argument.Name.StringValue);
                if (servedArgument is null) problems.Add($"argument {at}({argument.Name.StringValue}) is missing");
                else if (Print(argument.Type) != servedArgument.ResolvedType!.ToString()) problems.Add($"argument {at}({argument.Name.StringValue}) is {servedArgument.ResolvedType}, contract says {Print(argument.Type)}");
            }
            foreach (var servedArgument in servedField.Arguments ?? [])
            {
                if (servedArgument.ResolvedType is NonNullGraphType && field.Arguments?.Items.All(a => a.Name.StringValue != servedArgument.Name) != false)
                    problems.Add($"argument {at}({servedArgument.Name}) is required but not in the contract");
            }
        }
    }

    private static void CheckInterfaces(string typeName, GraphQLImplementsInterfaces? interfaces, IGraphType type, List<string> problems)
    {
        if (type is not IImplementInterfaces implementing) return;
        foreach (var named in interfaces?.Items ?? [])
        {
            if (implementing.ResolvedInterfaces.All(i => i.Name != named.Name.StringValue)) problems.Add($"{typeName} does not implement {named.Name.StringValue}");
        }
    }

    private static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Print(nonNull.Type) + "!",
        GraphQLListType list => "[" + Print(list.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new NotSupportedException(type.GetType().Name),
    };
}
