using GraphQL.Types;
using GraphQLParser.AST;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>
/// One field of a <see cref="SelectionPlan"/>: the syntax and definition GraphQL.NET builds its node from, the alias
/// the response writes (null: the field's own name), and, for a leaf resolved in place, how.
/// </summary>
public readonly record struct PlannedField(GraphQLField Field, FieldType FieldType, string? Alias, InPlaceLeaf? Leaf);
