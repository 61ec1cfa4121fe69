using Aliado.Core.Typology;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aliado.Core.Tests.Typology;

public sealed class TypingTests
{
    private static List<ClientType> Catalogue(Guid workspace) =>
        [.. Core.Typology.Catalogue.Types.Select((t, i) => ClientType.FromCatalogue(workspace, t, i))];

    [Fact]
    public void The_default_catalogue_has_twelve_types_and_the_target_each_with_three_to_six_traits()
    {
        var types = Core.Typology.Catalogue.Types;

        Assert.True(types.Count(t => !t.IsTarget) >= 12);
        Assert.Equal(Core.Typology.Catalogue.TargetKey, Assert.Single(types, t => t.IsTarget).Key);
        Assert.All(types, t => Assert.InRange(t.TraitCount, 3, 6));
        Assert.Equal(types.Count, types.Select(t => t.Key).Distinct().Count());
    }

    [Fact]
    public void The_types_whose_traits_were_observed_lead_the_ranking()
    {
        var types = Catalogue(Guid.CreateVersion7());
        var talker = types.Single(t => t.Key == "talker");
        var shy = types.Single(t => t.Key == "shy");
        var observed = talker.Traits.Take(3).Select(t => t.Id).Append(shy.Traits[0].Id);

        var ranking = Typing.Rank(types.Select(TypeProfile.Of), observed);

        Assert.Equal((talker.Id, 0.75), (ranking[0].ClientTypeId, ranking[0].Share));
        Assert.Equal((shy.Id, 0.25), (ranking[1].ClientTypeId, ranking[1].Share));
    }

    [Fact]
    public void One_trait_of_a_type_while_most_of_the_target_shows_names_no_closest_type()
    {
        var types = Catalogue(Guid.CreateVersion7());
        var talker = types.Single(t => t.Key == "talker");
        var target = types.Single(t => t.IsTarget);
        var observed = target.Traits.Take(5).Select(t => t.Id).Append(talker.Traits[0].Id).ToList();

        Assert.Empty(Typing.Closest(types.Select(TypeProfile.Of), observed));
    }

    [Fact]
    public void A_type_with_most_of_its_traits_seen_is_the_closest_while_the_target_lags()
    {
        var types = Catalogue(Guid.CreateVersion7());
        var talker = types.Single(t => t.Key == "talker");
        var shy = types.Single(t => t.Key == "shy");
        var target = types.Single(t => t.IsTarget);
        var observed = talker.Traits.Take(3).Select(t => t.Id).Append(shy.Traits[0].Id).Append(target.Traits[0].Id).ToList();

        var closest = Typing.Closest(types.Select(TypeProfile.Of), observed);

        Assert.Equal(talker.Id, Assert.Single(closest).ClientTypeId);
    }

    [Fact]
    public void Progress_is_the_share_of_the_target_traits_and_the_plan_lists_the_rest()
    {
        var types = Catalogue(Guid.CreateVersion7());
        var target = types.Single(t => t.IsTarget);
        var observed = target.Traits.Take(2).Select(t => t.Id).ToList();

        Assert.Equal(2 / 6.0, Typing.Progress(types.Select(TypeProfile.Of), observed), 6);
        Assert.Equal(target.Traits.Skip(2).Select(t => t.Id), Typing.Plan(types.Select(TypeProfile.Of), observed));
    }

    [Fact]
    public void Retiring_a_type_drops_it_from_the_ranking_and_retired_traits_stop_counting()
    {
        var types = Catalogue(Guid.CreateVersion7());
        var talker = types.Single(t => t.Key == "talker");
        var haggler = types.Single(t => t.Key == "haggler");
        var observed = talker.Traits.Select(t => t.Id).Append(haggler.Traits[0].Id).ToList();
        talker.Retire();
        haggler.Apply(new ClientTypeDraft(null, null, null, null, [.. haggler.Traits.Skip(1).Select(t => new TraitDraft(t.Id, null))]));

        var ranking = Typing.Rank(types.Select(TypeProfile.Of), observed);

        Assert.DoesNotContain(ranking, s => s.ClientTypeId == talker.Id);
        Assert.Equal((0, 3), ranking.Where(s => s.ClientTypeId == haggler.Id).Select(s => (s.Observed, s.Of)).Single());
    }

    [Fact]
    public void Resetting_restores_the_catalogue_traits_and_retires_the_workspaces_own()
    {
        var type = ClientType.FromCatalogue(Guid.CreateVersion7(), Core.Typology.Catalogue.Types[0], 0);
        type.Apply(new ClientTypeDraft(null, "Mr Always Right", null, null, [new TraitDraft(type.Traits[0].Id, "Rewritten"), new TraitDraft(null, "Quotes himself")]));

        type.ResetTo(Core.Typology.Catalogue.Types[0]);

        Assert.Null(type.Name);
        Assert.Equal(4, type.ActiveTraits.Count());
        Assert.All(type.ActiveTraits, t => Assert.Null(t.Text));
        Assert.True(Assert.Single(type.Traits, t => t.Key is null).Retired);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("Slow", false)]
    [InlineData("slow--mover", false)]
    [InlineData("slow-mover-2", true)]
    public void Keys_are_lower_case_words_joined_by_single_hyphens(string key, bool valid) =>
        Assert.Equal(valid, ClientType.IsValidKey(key));

    [Fact]
    public void An_assessment_needs_at_least_one_trait() =>
        Assert.Equal("traitIds", Assert.Single(new AssessmentDraft(null, []).Validate(DateTime.UtcNow)).Field);
}

/// <summary>The ranking's promises, over random catalogues and observations.</summary>
public sealed class TypingProperties
{
    private static Gen<(List<TypeProfile> Types, List<Guid> Observed)> Scenario() =>
        from typeCount in Gen.Choose(1, 8)
        from shapes in Gen.ListOf(Gen.Zip(Gen.Choose(1, 6), Gen.Elements(true, false, false, false)), typeCount)
        from traitRetired in Gen.ListOf(Gen.Elements(true, false, false), 48)
        from pick in Gen.ListOf(Gen.Elements(true, false), 48)
        select Build(shapes, traitRetired, pick);

    private static (List<TypeProfile>, List<Guid>) Build(List<(int Traits, bool Retired)> shapes, List<bool> traitRetired, List<bool> pick)
    {
        var n = 0;
        var types = shapes.Select((shape, i) => new TypeProfile(Guid.NewGuid(), i == 0, shape.Retired, i,
            [.. Enumerable.Range(0, shape.Traits).Select(_ => new TraitRef(Guid.NewGuid(), traitRetired[n++ % traitRetired.Count]))])).ToList();
        var all = types.SelectMany(t => t.Traits).ToList();
        return (types, [.. all.Where((_, i) => pick[i % pick.Count]).Select(t => t.Id)]);
    }

    [Property]
    public Property Shares_stay_between_zero_and_one_highest_first() =>
        Prop.ForAll(Scenario().ToArbitrary(), s =>
        {
            var ranking = Typing.Rank(s.Types, s.Observed);
            return ranking.All(r => r.Share is >= 0 and <= 1)
                && ranking.Zip(ranking.Skip(1)).All(p => p.First.Share >= p.Second.Share)
                && Typing.Progress(s.Types, s.Observed) is >= 0 and <= 1;
        });

    [Property]
    public Property Ticking_every_active_trait_of_a_type_puts_it_at_one() =>
        Prop.ForAll(Scenario().ToArbitrary(), s =>
        {
            var type = s.Types.FirstOrDefault(t => !t.Retired && t.ActiveTraitIds.Any());
            return type is null || Typing.Rank(s.Types, type.ActiveTraitIds).First(r => r.ClientTypeId == type.TypeId).Share == 1;
        });

    [Property]
    public Property Retired_traits_never_count() =>
        Prop.ForAll(Scenario().ToArbitrary(), s =>
        {
            var retired = s.Types.SelectMany(t => t.Traits).Where(t => t.Retired).Select(t => t.Id);
            var withRetired = Typing.Rank(s.Types, s.Observed.Concat(retired));
            var without = Typing.Rank(s.Types, s.Observed.Except(retired));
            return withRetired.SequenceEqual(without)
                && Typing.Progress(s.Types, s.Observed.Concat(retired)) == Typing.Progress(s.Types, s.Observed.Except(retired));
        });
}
