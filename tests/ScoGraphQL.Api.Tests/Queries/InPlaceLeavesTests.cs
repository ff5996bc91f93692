using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQLParser.AST;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.Http;

namespace ScoGraphQL.Api.Tests.Queries;

/// <summary>
/// The query strategy resolves leaves with GraphQL.NET's expression resolver in place, without a node each
/// (QueryExecutionStrategy, CompactObjectNode). Each answer here, written by the API's writer, must be byte for byte
/// what GraphQL.NET's own parallel strategy and writer give for the same document, variables and objects: keys and
/// their order, aliases, fragments, @skip/@include, and the errors of leaves (their paths, their order among the other
/// errors, null propagation through non-null fields and lists).
/// </summary>
public sealed class InPlaceLeavesTests
{
    [Fact]
    public async Task Aliases_and_the_order_of_keys_are_graphql_nets_when_leaves_and_objects_interleave()
    {
        var answer = await AssertSameAsync("""
            { items { b: name child { name n: name count } a: count name kind children { k: kind name } tail: name } }
            """, Item.Clean);

        Assert.StartsWith("""{"data":{"items":[{"b":"first","child":{"name":"first's child","n":"first's child","count":10},"a":1,"name":"first","kind":"BOOK",""", answer);
    }

    [Fact]
    public async Task A_leaf_that_throws_is_an_error_with_its_path_in_graphql_nets_order_among_the_other_errors()
    {
        var answer = await AssertSameAsync("""
            { items { fails name broken child { broken name fails } children { name broken } } }
            """, Item.Faulty);

        Assert.Contains("""["items",1,"broken"]""", answer);
        Assert.Contains("""["items",1,"children",0,"broken"]""", answer);
        Assert.Contains("\"fails first\"", answer);
    }

    [Fact]
    public async Task A_null_leaf_of_a_non_null_type_nulls_its_object_and_what_cannot_be_null_above_it()
    {
        // label is String!: item 2's null label nulls the item; in [Item!]! that nulls the list and so the data,
        // while under the nullable child only the child goes.
        var nullable = await AssertSameAsync("{ items { name child { name label } } }", Item.Faulty);
        var propagated = await AssertSameAsync("{ items { name label } }", Item.Faulty);

        Assert.Contains("\"child\":null", nullable);
        Assert.Contains("""["items",2,"child","label"]""", nullable);
        Assert.Contains("\"data\":null", propagated);
    }

    [Fact]
    public async Task A_leaf_that_does_not_serialize_is_an_error_of_its_own()
    {
        var answer = await AssertSameAsync("{ items { name big count } }", Item.Faulty);

        Assert.Contains("""["items",1,"big"]""", answer);
        Assert.Contains("\"big\":null", answer);
    }

    [Fact]
    public async Task An_execution_error_from_a_leaf_keeps_its_message()
    {
        var answer = await AssertSameAsync("{ items { name refused } }", Item.Faulty);

        Assert.Contains("refused to tell", answer);
    }

    [Fact]
    public async Task Each_leaf_resolver_runs_once_also_when_a_sibling_fails_after_it()
    {
        var items = Item.Faulty();
        var answer = await RunAsync(new QueryExecutionStrategy(), Ours, Parse("{ items { name broken count } }"), null, items);

        Assert.Contains("""["items",1,"broken"]""", answer);
        Assert.All(items, item => Assert.Equal(1, item.NameReads));
    }

    [Fact]
    public async Task Skip_and_include_follow_each_requests_variables_on_one_parsed_document()
    {
        var document = Parse("""
            query($hide: Boolean!) {
              items { name @skip(if: $hide) count @include(if: $hide) ... on Item @include(if: $hide) { kind } child { count ... on Item @skip(if: $hide) { name } } }
            }
            """);
        var strategy = new QueryExecutionStrategy();

        foreach (var hide in new[] { true, false, true, false, false, true })
        {
            var variables = new Inputs(new Dictionary<string, object?> { ["hide"] = hide });
            Assert.Equal(
                await RunAsync(new ParallelExecutionStrategy(), Theirs, document, variables, Item.Clean()),
                await RunAsync(strategy, Ours, document, variables, Item.Clean()));
        }
    }

    [Fact]
    public async Task Fragments_and_abstract_types_take_the_leaves_of_each_objects_own_type()
    {
        await AssertSameAsync("""
            { things { __typename name ...ItemParts ... on Other { note name } } items { ...ItemParts child { ...ItemParts } } }
            fragment ItemParts on Item { count n: name kind }
            """, Item.Clean);
    }

    [Fact]
    public async Task A_key_selected_twice_merges_as_graphql_net_merges_it()
    {
        await AssertSameAsync("{ items { name child { name } child { count name } count name } }", Item.Clean);
    }

    [Fact]
    public async Task The_node_tree_converts_to_the_same_values_as_graphql_nets()
    {
        var document = Parse("{ items { b: name child { name count } a: count kind } }");

        var ours = await ExecuteAsync(new QueryExecutionStrategy(), document, null, Item.Clean());
        var theirs = await ExecuteAsync(new ParallelExecutionStrategy(), document, null, Item.Clean());

        Assert.Equal(JsonSerializer.Serialize(((ExecutionNode)theirs.Data!).ToValue()), JsonSerializer.Serialize(((ExecutionNode)ours.Data!).ToValue()));
        Assert.Contains(Nodes((ExecutionNode)ours.Data!), node => node is CompactObjectNode { Plan: not null });
    }

    /// <summary>Twice on one parsed document, so the second request takes the kept plan: both must be GraphQL.NET's answer.</summary>
    private static async Task<string> AssertSameAsync(string query, Func<Item[]> items)
    {
        var document = Parse(query);
        var strategy = new QueryExecutionStrategy();
        var expected = await RunAsync(new ParallelExecutionStrategy(), Theirs, document, null, items());
        for (var run = 0; run < 2; run++) Assert.Equal(expected, await RunAsync(strategy, Ours, document, null, items()));
        return expected;
    }

    private static GraphQLDocument Parse(string query) => GraphQLParser.Parser.Parse(query);

    private static readonly GraphQLSerializer Ours = new(json =>
    {
        json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        json.Converters.Add(new ExecutionResultWriter());
    });

    private static readonly GraphQLSerializer Theirs = new(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    private static readonly ISchema TestSchema = BuildSchema();

    private static ISchema BuildSchema()
    {
        var schema = new global::GraphQL.Types.Schema { Query = new QueryType() };
        schema.RegisterType(new OtherType());
        schema.Initialize();
        return schema;
    }

    private static async Task<string> RunAsync(IExecutionStrategy strategy, GraphQLSerializer serializer, GraphQLDocument document, Inputs? variables, Item[] items) =>
        serializer.Serialize(await ExecuteAsync(strategy, document, variables, items));

    private static Task<ExecutionResult> ExecuteAsync(IExecutionStrategy strategy, GraphQLDocument document, Inputs? variables, Item[] items) =>
        new StrategyExecuter(strategy).ExecuteAsync(new ExecutionOptions
        {
            Schema = TestSchema,
            Document = document,
            Variables = variables,
            Root = items,
        });

    private static IEnumerable<ExecutionNode> Nodes(ExecutionNode node) =>
        node switch
        {
            ObjectExecutionNode { SubFields: { } fields } => fields.SelectMany(Nodes).Prepend(node),
            ArrayExecutionNode { Items: { } items } => items.SelectMany(Nodes).Prepend(node),
            _ => [node],
        };

    private sealed class StrategyExecuter(IExecutionStrategy strategy) : DocumentExecuter
    {
        protected override IExecutionStrategy SelectExecutionStrategy(global::GraphQL.Execution.ExecutionContext context) => strategy;
    }

    public enum Kind
    {
        Book,
        Map,
    }

    public interface INamed
    {
        string Name { get; }
    }

    public sealed class Other : INamed
    {
        public string Name { get; init; } = "";

        public string Note { get; init; } = "";
    }

    public sealed class Item : INamed
    {
        private readonly string _name = "";
        private int _nameReads;

        public string Name
        {
            get
            {
                Interlocked.Increment(ref _nameReads);
                return _name;
            }
            init => _name = value;
        }

        public int NameReads => _nameReads;

        public int Count { get; init; }

        public long Big { get; init; }

        public string? Label { get; init; }

        public bool Breaks { get; init; }

        public bool Refuses { get; init; }

        public string Broken => Breaks ? throw new InvalidOperationException("broken " + _name) : "whole";

        public string Refused => Refuses ? throw new ExecutionError("refused to tell " + _name) : "told";

        public Kind Kind { get; init; }

        public Item? Child { get; init; }

        public Item[] Children { get; init; } = [];

        public static Item[] Clean() =>
        [
            Make("first", 1, withChild: true),
            Make("second", 2, withChild: true),
            Make("third", 3, withChild: false),
        ];

        /// <summary>The second item and its first child throw from 'broken', the second's 'big' is no Int, the third's child has no label.</summary>
        public static Item[] Faulty() =>
        [
            Make("first", 1, withChild: true, refuses: true),
            new()
            {
                Name = "second", Count = 2, Big = 1L << 40, Label = "L2", Breaks = true, Kind = Kind.Map,
                Child = Make("second's child", 20, withChild: false, breaks: true),
                Children = [Make("second's first", 21, withChild: false, breaks: true), Make("second's second", 22, withChild: false)],
            },
            new()
            {
                Name = "third", Count = 3, Label = null, Kind = Kind.Book,
                Child = new Item { Name = "third's child", Count = 30, Label = null },
                Children = [Make("third's first", 31, withChild: false)],
            },
        ];

        private static Item Make(string name, int count, bool withChild, bool breaks = false, bool refuses = false) => new()
        {
            Name = name, Count = count, Big = count, Label = "L" + count, Breaks = breaks, Refuses = refuses, Kind = count % 2 == 0 ? Kind.Map : Kind.Book,
            Child = withChild ? Make(name + "'s child", count * 10, withChild: false) : null,
            Children = withChild ? [Make(name + "'s first", count * 10 + 1, withChild: false, breaks: breaks)] : [],
        };

    }

    private sealed class KindType : EnumerationGraphType<Kind>
    {
    }

    private sealed class NamedType : InterfaceGraphType<INamed>
    {
        public NamedType()
        {
            Name = "Named";
            Field(x => x.Name);
        }
    }

    private sealed class ItemType : ObjectGraphType<Item>
    {
        public ItemType()
        {
            Name = "Item";
            Interface<NamedType>();
            IsTypeOf = value => value is Item;
            Field(x => x.Name);
            Field(x => x.Count);
            Field("big", x => x.Big, typeof(IntGraphType));
            Field("label", x => x.Label, typeof(NonNullGraphType<StringGraphType>));
            Field(x => x.Broken);
            Field(x => x.Refused);
            Field("kind", x => x.Kind, typeof(NonNullGraphType<KindType>));
            Field<StringGraphType>("fails").Resolve(ctx => throw new ExecutionError("fails " + ctx.Source.Name));
            Field<ItemType>("child").Resolve(ctx => ctx.Source.Child);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("children").Resolve(ctx => ctx.Source.Children);
        }
    }

    private sealed class OtherType : ObjectGraphType<Other>
    {
        public OtherType()
        {
            Name = "Other";
            Interface<NamedType>();
            IsTypeOf = value => value is Other;
            Field(x => x.Name);
            Field(x => x.Note);
        }
    }

    private sealed class QueryType : ObjectGraphType<Item[]>
    {
        public QueryType()
        {
            Name = "Query";
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("items").Resolve(ctx => ctx.Source);
            Field<NonNullGraphType<ListGraphType<NamedType>>>("things")
                .Resolve(ctx => ctx.Source.Cast<INamed>().Append(new Other { Name = "other", Note = "a note" }).ToArray());
        }
    }
}
