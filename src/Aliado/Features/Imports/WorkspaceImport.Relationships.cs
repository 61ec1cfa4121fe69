using Aliado.Core;
using Aliado.Core.Relationships;
using Aliado.Core.Running;
using Aliado.Features.Exports;
using Aliado.Platform;

namespace Aliado.Features.Imports;

/// <summary>The relationships of a workspace document, each with everything recorded in it.</summary>
public sealed partial class WorkspaceImport
{
    private sealed partial class Run
    {
        public void Relationships(IReadOnlyList<RelationshipEntry> entries)
        {
            foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
            {
                var at = $"relationships[{i}].";
                var provider = Find(_people, entry.ProviderId, at + "providerId");
                var client = Find(_people, entry.ClientId, at + "clientId");
                var arena = Find(_organizations, entry.ArenaId, at + "arenaId");
                var check = new Check().Within("openedAt", entry.OpenedAt);
                var draft = new RelationshipDraft(client, provider, arena, null, check.Read<RelationshipKind>("kind", entry.Kind), entry.CadenceDays, check.Read<Authority>("authority", entry.Authority));
                if (provider is null || client is null || (entry.ArenaId is not null && arena is null)
                    || !Valid(at, Together(check, draft.Validate(provider.Value)))
                    || !Fresh(_relationships, entry.Id, at + "id"))
                {
                    continue;
                }
                var relationship = Relationship.Create(
                    WorkspaceId, provider.Value, client.Value, arena, draft.Kind ?? RelationshipKind.Internal,
                    entry.CadenceDays ?? Relationship.DefaultCadenceDays, entry.OpenedAt.ToUniversalTime());
                relationship.Change(relationship.ProviderId, relationship.ClientId, arena, relationship.Kind, relationship.CadenceDays, draft.Authority ?? Authority.Decide);
                Db.Relationships.Add(relationship);
                _relationships[entry.Id] = relationship.Id;
                new Case(this, relationship.Id, at).Take(entry);
                if (Decision(entry.Decision, at + "decision.") is { } decision)
                {
                    Decisions[relationship.Id] = decision;
                }
            }
            Counts = Counts with { Relationships = _relationships.Count };
        }

        private Decision? Decision(DecisionEntry? entry, string at)
        {
            if (entry is null)
            {
                return null;
            }
            var check = new Check()
                .Required("state", entry.State)
                .OneOf<DecisionState>("state", entry.State)
                .Required("onOutcome", entry.OnOutcome)
                .OneOf<VerdictOutcome>("onOutcome", entry.OnOutcome)
                .MaxLength("reason", entry.Reason, Limits.LongText)
                .Within("decidedAt", entry.DecidedAt);
            var state = EnumText.ParseOr(entry.State, DecisionState.Pending);
            if (state == DecisionState.Overridden)
            {
                check.Required("reason", entry.Reason);
            }
            return Valid(at, check.Errors) && state != DecisionState.Pending
                ? new Decision(state, EnumText.ParseOr(entry.OnOutcome, VerdictOutcome.NotEnoughKnown), state == DecisionState.Overridden ? entry.Reason : null, entry.DecidedAt?.ToUniversalTime())
                : null;
        }

        /// <summary>Everything recorded in one relationship; its interests and offerings are only named from within it.</summary>
        private sealed class Case(Run run, Guid relationshipId, string at)
        {
            private readonly Dictionary<Guid, Interest> _interests = [];
            private readonly Dictionary<Guid, Guid> _offerings = [];
            private HashSet<Guid> _listed = [];

            public void Take(RelationshipEntry entry)
            {
                _listed = [.. (entry.Interests ?? []).Select(i => i.Id), .. (entry.Offerings ?? []).Select(o => o.Id)];
                foreach (var (interest, i) in (entry.Interests ?? []).Select((e, i) => (e, i)))
                {
                    var check = new Check().Required("holder", interest.Holder);
                    var draft = new InterestDraft(
                        check.Read<InterestHolder>("holder", interest.Holder), interest.Description, check.Read<InterestScope>("scope", interest.Scope),
                        check.Read<Visibility>("visibility", interest.Visibility), interest.Importance, interest.Confidence, interest.Evidence);
                    if (run.Valid($"{at}interests[{i}].", Together(check, draft.Validate())) && Fresh(_interests, interest.Id, $"{at}interests[{i}].id"))
                    {
                        var made = Interest.Create(run.WorkspaceId, relationshipId, draft);
                        Added(run.Db.Interests.Add(made), interest.CreatedAt);
                        _interests[interest.Id] = made;
                    }
                }
                Offerings(entry.Offerings ?? []);
                Coincidences(entry.Coincidences ?? []);
                Interactions(entry.Interactions ?? []);
                Proposals(entry.Proposals ?? []);
                Pulses(entry.Pulses ?? []);
            }

            private void Offerings(IReadOnlyList<OfferingEntry> entries)
            {
                foreach (var (offering, i) in entries.Select((e, i) => (e, i)))
                {
                    var serves = Interests(offering.ServesInterestIds, $"{at}offerings[{i}].servesInterestIds", InterestHolder.Client);
                    var check = new Check();
                    var draft = new OfferingDraft(
                        offering.Description, check.Read<ClientBuys>("clientBuys", offering.ClientBuys), check.Read<PerceivedValue>("perceivedValue", offering.PerceivedValue),
                        check.Read<Willingness>("willingness", offering.Willingness), serves);
                    if (serves is not null && run.Valid($"{at}offerings[{i}].", Together(check, draft.Validate())) && Fresh(_offerings, offering.Id, $"{at}offerings[{i}].id"))
                    {
                        var made = Offering.Create(run.WorkspaceId, relationshipId, draft);
                        Added(run.Db.Offerings.Add(made), offering.CreatedAt);
                        _offerings[offering.Id] = made.Id;
                    }
                }
            }

            private void Coincidences(IReadOnlyList<CoincidenceEntry> entries)
            {
                var pairs = new HashSet<(Guid, Guid)>();
                foreach (var (coincidence, i) in entries.Select((e, i) => (e, i)))
                {
                    var field = $"{at}coincidences[{i}].";
                    var mine = Holding(coincidence.ProviderInterestId, InterestHolder.Provider, field + "providerInterestId");
                    var theirs = Holding(coincidence.ClientInterestId, InterestHolder.Client, field + "clientInterestId");
                    var check = new Check().Required("strength", coincidence.Strength);
                    var draft = new CoincidenceDraft(mine, theirs, check.Read<CoincidenceStrength>("strength", coincidence.Strength));
                    if (mine is null || theirs is null || !run.Valid(field, Together(check, draft.Validate())))
                    {
                        continue;
                    }
                    if (!pairs.Add((mine.Value, theirs.Value)))
                    {
                        run.Fail(field + "clientInterestId", ErrorCodes.Duplicate);
                        continue;
                    }
                    var made = Coincidence.Create(run.WorkspaceId, relationshipId, mine.Value, theirs.Value, draft.Strength!.Value);
                    Added(run.Db.Coincidences.Add(made), coincidence.CreatedAt);
                }
            }

            private void Interactions(IReadOnlyList<InteractionEntry> entries)
            {
                foreach (var (interaction, i) in entries.Select((e, i) => (e, i)))
                {
                    var reinforced = Interests(interaction.ReinforcedInterestIds, $"{at}interactions[{i}].reinforcedInterestIds");
                    var check = new Check().Required("occurredAt", interaction.OccurredAt);
                    var draft = new InteractionDraft(
                        interaction.OccurredAt, check.Read<Channel>("channel", interaction.Channel), interaction.Summary, interaction.NextSteps,
                        interaction.Listening, interaction.Clarity, interaction.Empathy, reinforced);
                    if (reinforced is not null && run.Valid($"{at}interactions[{i}].", Together(check, draft.Validate(run.Now))))
                    {
                        run.Db.Interactions.Add(Interaction.Create(run.WorkspaceId, relationshipId, draft, run.Now));
                    }
                }
            }

            private void Proposals(IReadOnlyList<ProposalEntry> entries)
            {
                foreach (var (proposal, i) in entries.Select((e, i) => (e, i)))
                {
                    var field = $"{at}proposals[{i}].";
                    var interests = (proposal.InterestIds ?? []).Select((id, n) => Holding(id, InterestHolder.Client, $"{field}interestIds[{n}]")).ToList();
                    var offerings = (proposal.OfferingIds ?? []).Select((id, n) => run.Find(_offerings, id, $"{field}offeringIds[{n}]", _listed)).ToList();
                    var draft = new ProposalDraft(proposal.Title, proposal.Pitch, [.. interests.OfType<Guid>()], [.. offerings.OfType<Guid>()], proposal.ProposedAt);
                    if (interests.Any(x => x is null) || offerings.Any(x => x is null)
                        || !run.Valid(field, [.. draft.Validate(run.Now), .. new Check().Required("proposedAt", proposal.ProposedAt).Errors]))
                    {
                        continue;
                    }
                    var made = Proposal.Create(run.WorkspaceId, relationshipId, draft, run.Now);
                    if (proposal.Answer is { } answer)
                    {
                        var check = new Check().Required("answeredAt", answer.AnsweredAt);
                        var answerDraft = new AnswerDraft(check.Read<Answer>("answer", answer.Answer), answer.AnsweredAt, check.Read<Reaction>("reaction", answer.Reaction), answer.Behind);
                        if (!run.Valid(field + "answer.", Together(check, answerDraft.Validate(made.ProposedAt, run.Now))))
                        {
                            continue;
                        }
                        made.Correct(answerDraft, run.Now);
                    }
                    run.Db.Proposals.Add(made);
                }
            }

            private void Pulses(IReadOnlyList<PulseEntry> entries)
            {
                foreach (var (pulse, i) in entries.Select((e, i) => (e, i)))
                {
                    var draft = new PulseDraft(pulse.TakenAt, pulse.OnTheirSide, pulse.GettingWhatTheyBuy, pulse.Evidence, pulse.Credibility, pulse.Reliability, pulse.Intimacy, pulse.SelfOrientation);
                    var check = new Check().Required("takenAt", pulse.TakenAt).Required("source", pulse.Source).OneOf<PulseSource>("source", pulse.Source);
                    if (run.Valid($"{at}pulses[{i}].", Together(check, draft.Validate(run.Now))))
                    {
                        run.Db.Pulses.Add(Pulse.Create(run.WorkspaceId, relationshipId, draft, run.Now, EnumText.ParseOr(pulse.Source, PulseSource.Me)));
                    }
                }
            }

            private List<Guid>? Interests(IReadOnlyList<Guid>? ids, string field, InterestHolder? holder = null)
            {
                var found = (ids ?? []).Select((id, n) => Holding(id, holder, $"{field}[{n}]")).ToList();
                return found.All(id => id is not null) ? [.. found.OfType<Guid>()] : null;
            }

            private Guid? Holding(Guid id, InterestHolder? holder, string field)
            {
                if (!_interests.TryGetValue(id, out var interest))
                {
                    return _listed.Contains(id) ? null : run.Missing(field);
                }
                if (holder is not null && interest.Holder != holder)
                {
                    run.Fail(field, ErrorCodes.WrongHolder);
                    return null;
                }
                return interest.Id;
            }

            private bool Fresh<T>(Dictionary<Guid, T> seen, Guid id, string field)
            {
                if (!seen.ContainsKey(id))
                {
                    return true;
                }
                run.Fail(field, ErrorCodes.Duplicate);
                return false;
            }
        }

    }
}
