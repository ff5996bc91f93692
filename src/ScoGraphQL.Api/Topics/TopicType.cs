using ScoGraphQL.Api.Entities;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Api.Topics;

public sealed class TopicType() : EntityObjectType(EntityKind.Topic, "What releases are about, from a topic vocabulary.");
