using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Ingest;

/// <summary>
/// <see cref="EntityMerger"/>'s fold of many descriptions of one entity, taken one description at a time and in any
/// order: each description comes with its place in the merge order, and the fold keeps only what the merged entity
/// can still use (name counts, the earliest surface form of each alias, the earliest value of each fact). A store can
/// then recompute an entity named by every release while reading its facts as a stream, in memory that grows with
/// the entity's distinct names, not with the releases that describe it.
/// </summary>
public sealed class EntityFold(string id)
{
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
    private readonly EarliestDistinct _aliases = new(), _acronyms = new(), _participants = new(), _documents = new();
    private Earliest<EntityKind> _kind;
    private Earliest<string> _parentId, _isoCode, _countryId, _placeId, _number, _adoptedAtId;
    private Earliest<(DateTime? Date, DatePrecision? Precision)> _start, _end, _date;
    private Earliest<EventFormat> _format;
    private Earliest<DocumentKind?> _documentKind;

    public string Id => id;

    /// <summary>How many descriptions were added.</summary>
    public int Count { get; private set; }

    /// <summary>How many of the descriptions were not references (for a store: the releases that mention the entity).</summary>
    public int MentionedCount { get; private set; }

    /// <summary>The sum of the descriptions' <see cref="EntityRecord.MentionCount"/>.</summary>
    public int MentionCount { get; private set; }

    /// <summary>
    /// Adds <paramref name="description"/> at its place in the merge order: descriptions by <paramref name="referenced"/>
    /// (mentions first), then <paramref name="releaseId"/> (ordinal), then <paramref name="sequence"/>.
    /// </summary>
    public void Add(EntityRecord description, bool referenced, string releaseId, int sequence = 0)
    {
        var order = new Order(referenced, releaseId, sequence);
        Count++;
        if (!referenced) MentionedCount++;
        MentionCount += description.MentionCount;
        _names[description.Name] = _names.GetValueOrDefault(description.Name) + 1;
        _kind.Offer(order, description.Kind, found: true);
        _aliases.Offer(order, 0, description.Name);
        for (var i = 0; i < description.Aliases.Count; i++) _aliases.Offer(order, i + 1, description.Aliases[i]);
        for (var i = 0; i < description.Acronyms.Count; i++) _acronyms.Offer(order, i, description.Acronyms[i]);
        for (var i = 0; i < description.ParticipantIds.Count; i++) _participants.Offer(order, i, description.ParticipantIds[i]);
        for (var i = 0; i < description.DocumentIds.Count; i++) _documents.Offer(order, i, description.DocumentIds[i]);
        _parentId.Offer(order, description.ParentId, !string.IsNullOrEmpty(description.ParentId));
        _isoCode.Offer(order, description.IsoCode, !string.IsNullOrEmpty(description.IsoCode));
        _countryId.Offer(order, description.CountryId, !string.IsNullOrEmpty(description.CountryId));
        _placeId.Offer(order, description.PlaceId, !string.IsNullOrEmpty(description.PlaceId));
        _number.Offer(order, description.Number, !string.IsNullOrEmpty(description.Number));
        _adoptedAtId.Offer(order, description.AdoptedAtId, !string.IsNullOrEmpty(description.AdoptedAtId));
        _start.Offer(order, (description.StartDate, description.StartDatePrecision), description.StartDate is not null);
        _end.Offer(order, (description.EndDate, description.EndDatePrecision), description.EndDate is not null);
        _date.Offer(order, (description.Date, description.DatePrecision), description.Date is not null);
        _format.Offer(order, description.Format, description.Format != default);
        _documentKind.Offer(order, description.DocumentKind, description.DocumentKind is not null);
    }

    /// <summary>The merged entity, as <see cref="EntityMerger.Merge"/> makes it from the descriptions in merge order.</summary>
    public EntityRecord ToEntity()
    {
        if (Count == 0) throw new InvalidOperationException("An entity needs at least one description.");
        var name = _names
            .OrderByDescending(pair => pair.Value)
            .ThenByDescending(pair => pair.Key.Length)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .First().Key;
        return new EntityRecord
        {
            Id = id,
            Kind = _kind.Value,
            Name = name,
            Aliases = _aliases.Values().Where(a => !string.Equals(a, name, StringComparison.OrdinalIgnoreCase)).ToList(),
            Acronyms = _acronyms.Values().ToList(),
            ParentId = _parentId.Value,
            IsoCode = _isoCode.Value,
            CountryId = _countryId.Value,
            StartDate = _start.Value.Date,
            StartDatePrecision = _start.Value.Precision,
            EndDate = _end.Value.Date,
            EndDatePrecision = _end.Value.Precision,
            PlaceId = _placeId.Value,
            Format = _format.Value,
            ParticipantIds = _participants.Values().ToList(),
            DocumentIds = _documents.Values().ToList(),
            DocumentKind = _documentKind.Value,
            Number = _number.Value,
            Date = _date.Value.Date,
            DatePrecision = _date.Value.Precision,
            AdoptedAtId = _adoptedAtId.Value,
        };
    }

    /// <summary>A description's place in the merge order.</summary>
    private readonly record struct Order(bool Referenced, string ReleaseId, int Sequence) : IComparable<Order>
    {
        public int CompareTo(Order other)
        {
            var c = Referenced.CompareTo(other.Referenced);
            if (c == 0) c = string.CompareOrdinal(ReleaseId, other.ReleaseId);
            return c != 0 ? c : Sequence.CompareTo(other.Sequence);
        }
    }

    /// <summary>The value of the earliest description that states one.</summary>
    private struct Earliest<T>
    {
        private Order _order;
        private bool _found;

        public T? Value { get; private set; }

        public void Offer(Order order, T? value, bool found)
        {
            if (!found || (_found && order.CompareTo(_order) >= 0)) return;
            (_order, _found, Value) = (order, true, value);
        }
    }

    /// <summary>Non-blank values, each once ignoring case, in the surface form and place of their earliest occurrence.</summary>
    private sealed class EarliestDistinct
    {
        private readonly Dictionary<string, (Order Order, int Position, string Surface)> _values = new(StringComparer.OrdinalIgnoreCase);

        public void Offer(Order order, int position, string value)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            if (_values.TryGetValue(value, out var held) && Compare((order, position), (held.Order, held.Position)) >= 0) return;
            _values[value] = (order, position, value);
        }

        public IEnumerable<string> Values() =>
            _values.Values
                .Order(Comparer<(Order Order, int Position, string Surface)>.Create((a, b) => Compare((a.Order, a.Position), (b.Order, b.Position))))
                .Select(v => v.Surface);

        private static int Compare((Order Order, int Position) a, (Order Order, int Position) b)
        {
            var c = a.Order.CompareTo(b.Order);
            return c != 0 ? c : a.Position.CompareTo(b.Position);
        }
    }
}
