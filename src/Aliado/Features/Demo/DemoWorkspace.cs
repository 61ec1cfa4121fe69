using System.Security.Cryptography;
using Aliado.Core.People;
using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Demo;

/// <summary>
/// A realistic workspace to explore: Laura, an operations analyst whose client is her boss Ricardo, and
/// the circle around him. Every text exists in English and Spanish.
/// </summary>
public sealed class DemoWorkspace(AccountOpening accounts, AliadoDbContext db)
{
    public const string DemoDomain = "demo.aliado.invalid";

    public sealed record Created(AliadoUser User, string Password);

    public async Task<(Created? Demo, IReadOnlyList<string> Errors)> CreateAsync(string culture, string? email = null, string? password = null, CancellationToken cancellationToken = default)
    {
        var es = Platform.Localization.Normalize(culture) == "es";
        string T(string english, string spanish) => es ? spanish : english;

        email ??= $"demo-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5))}@{DemoDomain}";
        password ??= Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        var (user, errors) = await accounts.OpenAsync(
            new NewAccount(email, password, "Laura Méndez", es ? "es" : "en"),
            (created, token) => FillAsync(created.PersonalWorkspaceId, T, token),
            cancellationToken);
        return user is null ? (null, [.. errors.Select(e => e.Description)]) : (new Created(user, password), []);
    }

    private async Task FillAsync(Guid workspaceId, Func<string, string, string> T, CancellationToken cancellationToken)
    {
        Organization Org(string name, OrganizationKind kind, Organization? parent = null)
        {
            var organization = Organization.Create(workspaceId, new OrganizationDraft(name, kind, parent?.Id));
            db.Organizations.Add(organization);
            return organization;
        }
        var company = Org("Grupo Andino", OrganizationKind.Company);
        var operations = Org(T("Operations", "Operaciones"), OrganizationKind.Department, company);
        var finance = Org(T("Finance", "Finanzas"), OrganizationKind.Department, company);
        var technology = Org(T("Technology", "Tecnología"), OrganizationKind.Department, company);
        var planning = Org(T("Logistics planning", "Planeación logística"), OrganizationKind.Team, operations);
        var consultancy = Org("Vidal Consultores", OrganizationKind.Company);

        Person Add(PersonDraft draft)
        {
            var person = Person.Create(workspaceId, draft);
            db.People.Add(person);
            return person;
        }
        var ricardo = Add(new PersonDraft(
            "Ricardo Salas", operations.Id, T("Head of Operations", "Gerente de Operaciones"),
            [T("Approves my work", "Aprueba mi trabajo"), T("Owns the operations budget", "Dueño del presupuesto de operaciones")],
            SocialStyle.Driver,
            T("Directive; sets clear targets and checks them weekly", "Directivo; fija metas claras y las revisa cada semana"),
            T("Demanding but fair; shields the team from pressure above", "Exigente pero justo; protege al equipo de la presión de arriba"),
            T("Hard to get time with; delivers what he promises", "Difícil conseguir tiempo con él; cumple lo que promete"),
            "ricardo.salas@grupoandino.example", "+51 1 555 0101",
            T("Prefers short written summaries before meetings.", "Prefiere resúmenes escritos breves antes de las reuniones.")));
        var elena = Add(new PersonDraft(
            "Elena Paredes", operations.Id, T("VP of Operations", "Vicepresidenta de Operaciones"),
            [T("Sets the yearly goals", "Define las metas anuales")], SocialStyle.Analytical,
            T("Data-driven; asks for evidence before deciding", "Guiada por datos; pide evidencia antes de decidir"),
            Email: "elena.paredes@grupoandino.example"));
        var tomas = Add(new PersonDraft(
            "Tomás Quiroga", planning.Id, T("Logistics planning lead", "Líder de planeación logística"),
            SocialStyle: SocialStyle.Amiable,
            PerceivedByOwnTeam: T("The person everyone asks first", "La persona a quien todos consultan primero"),
            Notes: T("Has known Ricardo for ten years.", "Conoce a Ricardo desde hace diez años.")));
        var marta = Add(new PersonDraft(
            "Marta Ibáñez", finance.Id, T("Finance controller", "Contralora financiera"),
            [T("Reviews every spending request", "Revisa cada solicitud de gasto")], SocialStyle.Analytical,
            PerceivedByOtherTeams: T("Strict gatekeeper of the budget", "Guardiana estricta del presupuesto")));
        var diego = Add(new PersonDraft(
            "Diego Ferrer", technology.Id, T("IT project manager", "Gerente de proyectos de TI"), SocialStyle: SocialStyle.Expressive,
            Notes: T("Keen to automate the weekly operations report.", "Interesado en automatizar el reporte semanal de operaciones.")));
        var sofia = Add(new PersonDraft("Sofía Lara", operations.Id, T("Operations analyst", "Analista de operaciones"), SocialStyle: SocialStyle.Amiable));
        var andres = Add(new PersonDraft(
            "Andrés Vidal", consultancy.Id, T("External consultant", "Consultor externo"), SocialStyle: SocialStyle.Expressive,
            Notes: T("His firm pitches the same process work I do.", "Su firma ofrece el mismo trabajo de procesos que yo.")));
        var paula = Add(new PersonDraft("Paula Ortega", company.Id, T("HR business partner", "Socia de negocio de RR. HH."), SocialStyle: SocialStyle.Amiable));

        void Link(Person person, Person other, TieKind kind, int power, int interest, Attitude attitude, string? notes = null) =>
            db.Ties.Add(Core.People.Tie.Create(workspaceId, person.Id, new TieDraft(other.Id, kind, power, interest, attitude, notes)));
        Link(ricardo, elena, TieKind.ReportsTo, 5, 4, Attitude.Supporter, T("Her yearly goals are his goals.", "Sus metas anuales son las de él."));
        Link(ricardo, tomas, TieKind.ReliesOn, 3, 4, Attitude.Mentor, T("Tomás vouches for my work.", "Tomás respalda mi trabajo."));
        Link(ricardo, marta, TieKind.Rival, 4, 3, Attitude.NonSupporter, T("They clash over the budget.", "Chocan por el presupuesto."));
        Link(ricardo, diego, TieKind.Ally, 3, 3, Attitude.Supporter);
        Link(ricardo, paula, TieKind.Peer, 2, 2, Attitude.Neutral);
        Link(elena, andres, TieKind.ReliesOn, 3, 2, Attitude.Opponent, T("Listens to him on process changes.", "Lo escucha en cambios de procesos."));
        Link(sofia, ricardo, TieKind.ReportsTo, 4, 3, Attitude.Neutral);
        Link(tomas, ricardo, TieKind.Peer, 4, 4, Attitude.Supporter);

        await db.SaveChangesAsync(cancellationToken);

        var me = await db.People.FirstAsync(p => p.IsMe, cancellationToken);
        db.StandingInterests.AddRange(
            StandingInterest.Create(workspaceId, new StandingInterestDraft(T("Grow into a team lead role", "Crecer hacia un rol de líder de equipo"), 5)),
            StandingInterest.Create(workspaceId, new StandingInterestDraft(T("Learn operations end to end", "Aprender operaciones de punta a punta"), 3)),
            StandingInterest.Create(workspaceId, new StandingInterestDraft(T("Keep my evenings free", "Mantener libres mis tardes"), 4)));
        await CasesAsync(workspaceId, me, company, (ricardo, marta, diego, elena), T, cancellationToken);
        await TypologyAsync(workspaceId, me, (ricardo, marta, tomas), company, T, cancellationToken);
    }

    /// <summary>
    /// Article 2 in the demo: Ricardo assessed three times, moving toward the imperfect questioner; Marta
    /// read as distrustful and a haggler; Tomás as my own provider (I am his client); lessons in both roles.
    /// </summary>
    private async Task TypologyAsync(Guid workspaceId, Person me, (Person Ricardo, Person Marta, Person Tomas) people, Organization arena, Func<string, string, string> T, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var types = Core.Typology.Catalogue.Types.Select((t, i) => Core.Typology.ClientType.FromCatalogue(workspaceId, t, i)).ToList();
        db.ClientTypes.AddRange(types);
        Guid[] Traits(string key, params int[] numbers) => [.. numbers.Select(n => types.Single(t => t.Key == key).Traits[n - 1].Id)];
        void Assess(Person person, int daysAgo, string notes, params Guid[][] traits) =>
            db.Assessments.Add(Core.Typology.Assessment.Create(workspaceId, person.Id, new Core.Typology.AssessmentDraft(now.AddDays(-daysAgo), [.. traits.SelectMany(t => t)], notes), now));

        Assess(people.Ricardo, 110, T("First weeks: long meetings, few decisions, checks everything twice.", "Primeras semanas: reuniones largas, pocas decisiones, revisa todo dos veces."),
            Traits("talker", 1, 2, 3), Traits("distrustful", 1, 2), Traits(Core.Typology.Catalogue.TargetKey, 4));
        Assess(people.Ricardo, 60, T("He started inviting me to planning and asking what I need.", "Empezó a invitarme a planificar y a preguntar qué necesito."),
            Traits("talker", 1, 3), Traits("distrustful", 1), Traits(Core.Typology.Catalogue.TargetKey, 1, 2, 4));
        Assess(people.Ricardo, 9, T("Admitted he misjudged the reorganization timing, in front of the team.", "Reconoció frente al equipo que calculó mal los tiempos de la reorganización."),
            Traits("talker", 1), Traits(Core.Typology.Catalogue.TargetKey, 1, 2, 3, 4, 6));
        Assess(people.Marta, 40, T("Every figure gets a second source, and every proposal a discount request.", "Cada cifra recibe una segunda fuente, y cada propuesta un pedido de descuento."),
            Traits("distrustful", 1, 2, 3), Traits("haggler", 1, 2, 4));
        Assess(me, 20, T("Honest look at myself as Tomás's client.", "Una mirada honesta a mí misma como clienta de Tomás."),
            Traits("impatient", 2, 4), Traits(Core.Typology.Catalogue.TargetKey, 2, 5));

        var mentoring = Relationship.Create(workspaceId, people.Tomas.Id, me.Id, arena.Id, RelationshipKind.Internal, 30, now.AddDays(-80));
        db.Relationships.Add(mentoring);
        db.Interactions.Add(Core.Running.Interaction.Create(workspaceId, mentoring.Id, new Core.Running.InteractionDraft(
            now.AddDays(-12), Core.Running.Channel.Meeting, T("Tomás reviewed my process map before I sent it to Ricardo.", "Tomás revisó mi mapa de procesos antes de enviárselo a Ricardo."),
            T("Bring the next draft earlier", "Llevarle el próximo borrador antes")), now));
        db.Pulses.Add(Core.Running.Pulse.Create(workspaceId, mentoring.Id, new Core.Running.PulseDraft(
            now.AddDays(-12), 5, 4, T("He makes time for me even in busy weeks.", "Me hace un espacio incluso en semanas cargadas.")), now));

        var withRicardo = await db.Relationships.FirstAsync(r => r.ClientId == people.Ricardo.Id, cancellationToken);
        void Learn(Core.Typology.LessonRole role, Guid? relationship, int daysAgo, string happened, string learned, string action) =>
            db.Lessons.Add(Core.Typology.Lesson.Create(workspaceId, new Core.Typology.LessonDraft(role, relationship, happened, learned, action, now.AddDays(-daysAgo)), now));
        Learn(Core.Typology.LessonRole.AsProvider, withRicardo.Id, 19,
            T("I pitched the weekly report as visibility for me, not as protection for his team.", "Presenté el reporte semanal como visibilidad para mí, no como protección para su equipo."),
            T("A proposal in my terms sounds like self-interest, even when it helps him.", "Una propuesta en mis términos suena a interés propio, aunque lo ayude."),
            T("Write the pitch in his words first, then check it against his interests.", "Escribir primero el planteamiento con sus palabras y luego contrastarlo con sus intereses."));
        Learn(Core.Typology.LessonRole.AsClient, mentoring.Id, 11,
            T("I asked Tomás for feedback the evening before the deadline.", "Le pedí comentarios a Tomás la noche antes del plazo."),
            T("A provider with no time to help cannot help well; that was on me.", "Un proveedor sin tiempo para ayudar no puede ayudar bien; eso fue responsabilidad mía."),
            T("Send drafts at least three days ahead.", "Enviar los borradores con al menos tres días de anticipación."));

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Four relationships, one for each verdict, and one of them going ahead on an override.</summary>
    private async Task CasesAsync(Guid workspaceId, Person me, Organization arena, (Person Ricardo, Person Marta, Person Diego, Person Elena) clients, Func<string, string, string> T, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var interests = new List<Interest>();
        var offerings = new List<Offering>();
        var coincidences = new List<Coincidence>();
        Relationship Open(Person client, int daysAgo) => Relationship.Create(workspaceId, me.Id, client.Id, arena.Id, RelationshipKind.Internal, Relationship.DefaultCadenceDays, now.AddDays(-daysAgo));
        Interest Want(Relationship r, InterestHolder holder, string text, int importance, InterestScope scope = InterestScope.Organizational, Visibility visibility = Visibility.Stated, int confidence = 4, string? evidence = null)
        {
            var interest = Interest.Create(workspaceId, r.Id, new InterestDraft(holder, text, scope, visibility, importance, confidence, evidence));
            interests.Add(interest);
            return interest;
        }
        void Offer(Relationship r, string text, ClientBuys buys, PerceivedValue value, Willingness willingness, params Interest[] serves) =>
            offerings.Add(Offering.Create(workspaceId, r.Id, new OfferingDraft(text, buys, value, willingness, [.. serves.Select(i => i.Id)])));
        void Meet(Relationship r, Interest mine, Interest theirs, CoincidenceStrength strength) =>
            coincidences.Add(Coincidence.Create(workspaceId, r.Id, mine.Id, theirs.Id, strength));

        var withRicardo = Open(clients.Ricardo, 120);
        var operations = Want(withRicardo, InterestHolder.Client, T("Solve the recurring operational problems", "Resolver los problemas operativos recurrentes"), 5);
        var group = Want(withRicardo, InterestHolder.Client, T("Stay in the company with his team", "Permanecer en la empresa con su equipo"), 4, InterestScope.Personal, Visibility.Inferred, 2,
            T("He talks about the reorganization rumours every week.", "Habla cada semana de los rumores de reorganización."));
        var lead = Want(withRicardo, InterestHolder.Provider, T("Grow into a team lead role", "Crecer hacia un rol de líder de equipo"), 5);
        var learn = Want(withRicardo, InterestHolder.Provider, T("Learn operations end to end", "Aprender operaciones de punta a punta"), 3);
        Meet(withRicardo, learn, operations, CoincidenceStrength.Full);
        Meet(withRicardo, lead, group, CoincidenceStrength.Partial);
        Offer(withRicardo, T("Process documentation", "Documentación de procesos"), ClientBuys.Yes, PerceivedValue.High, Willingness.Willing, operations);
        Offer(withRicardo, T("A weekly operations report", "Un reporte semanal de operaciones"), ClientBuys.Unknown, PerceivedValue.Medium, Willingness.Conditional, operations, group);

        var withMarta = Open(clients.Marta, 90);
        var spending = Want(withMarta, InterestHolder.Client, T("Cut operations spending by 15 %", "Recortar 15 % del gasto de operaciones"), 5);
        Want(withMarta, InterestHolder.Client, T("Be seen as the one who keeps costs under control", "Ser vista como quien controla los costos"), 3, InterestScope.Personal, Visibility.Observed, 3);
        var tool = Want(withMarta, InterestHolder.Provider, T("Get budget for a new planning tool", "Conseguir presupuesto para una nueva herramienta de planeación"), 4);
        Meet(withMarta, tool, spending, CoincidenceStrength.Conflict);
        Offer(withMarta, T("A monthly cost analysis", "Un análisis mensual de costos"), ClientBuys.Yes, PerceivedValue.Medium, Willingness.Willing, spending);

        var withDiego = Open(clients.Diego, 60);
        var automate = Want(withDiego, InterestHolder.Client, T("Automate the weekly report", "Automatizar el reporte semanal"), 5);
        var quickWins = Want(withDiego, InterestHolder.Client, T("Show that IT delivers quick wins", "Demostrar que TI entrega resultados rápidos"), 4, InterestScope.Personal, Visibility.Observed, 3);
        var automation = Want(withDiego, InterestHolder.Provider, T("Learn automation", "Aprender automatización"), 4);
        var visibility = Want(withDiego, InterestHolder.Provider, T("Be visible to IT leadership", "Ser visible ante la dirección de TI"), 3);
        Meet(withDiego, automation, automate, CoincidenceStrength.Full);
        Meet(withDiego, visibility, quickWins, CoincidenceStrength.Partial);
        Offer(withDiego, T("Maintain the report scripts after hours", "Mantener los scripts del reporte fuera de horario"), ClientBuys.Yes, PerceivedValue.High, Willingness.Unwilling, automate);
        Offer(withDiego, T("Explain the report's business rules", "Explicar las reglas de negocio del reporte"), ClientBuys.Yes, PerceivedValue.Medium, Willingness.Willing, quickWins);

        var withElena = Open(clients.Elena, 45);
        var goals = Want(withElena, InterestHolder.Client, T("Meet this year's goals", "Cumplir las metas del año"), 5);
        Offer(withElena, T("Support during the quarterly audit", "Apoyo durante la auditoría trimestral"), ClientBuys.Yes, PerceivedValue.High, Willingness.Willing);

        Relationship[] all = [withRicardo, withMarta, withDiego, withElena];
        foreach (var relationship in all)
        {
            relationship.Record(Verdict.Of(VerdictFacts.From(
                interests.Where(i => i.RelationshipId == relationship.Id),
                offerings.Where(o => o.RelationshipId == relationship.Id),
                coincidences.Where(c => c.RelationshipId == relationship.Id))));
        }
        withRicardo.Accept(now);
        // Diego's case turned into "don't provide" after his two no's showed the work means nights I will not give: a decided exit.
        withDiego.Accept(now);
        withElena.Override(T("Elena asked me in person to help with the audit; I said yes before thinking it through.", "Elena me pidió en persona ayudar con la auditoría; dije que sí antes de pensarlo."), now);
        db.Relationships.AddRange(all);
        db.Interests.AddRange(interests);
        db.Offerings.AddRange(offerings);
        db.Coincidences.AddRange(coincidences);
        await db.SaveChangesAsync(cancellationToken);

        await RunningAsync(workspaceId, now, (withRicardo, withMarta, withDiego, withElena), (operations, group, spending, automate, quickWins, goals), T, cancellationToken);
    }

    /// <summary>
    /// Steps 6–8 under way: conversations, proposals with their answers (declines absorbed, one follow-up
    /// open), pulses rising with Ricardo, one relationship overdue, one due, and Elena at risk.
    /// </summary>
    private async Task RunningAsync(
        Guid workspaceId, DateTime now,
        (Relationship Ricardo, Relationship Marta, Relationship Diego, Relationship Elena) r,
        (Interest Operations, Interest Group, Interest Spending, Interest Automate, Interest QuickWins, Interest Goals) i,
        Func<string, string, string> T, CancellationToken cancellationToken)
    {
        void Talk(Relationship relationship, int daysAgo, Core.Running.Channel channel, string summary, string? next = null, int? listening = null, int? clarity = null, int? empathy = null, Interest? reinforced = null) =>
            db.Interactions.Add(Core.Running.Interaction.Create(workspaceId, relationship.Id, new Core.Running.InteractionDraft(
                now.AddDays(-daysAgo), channel, summary, next, listening, clarity, empathy, reinforced is null ? null : [reinforced.Id]), now));
        void Propose(Relationship relationship, int daysAgo, string title, string pitch, Interest serves, Core.Running.Answer? answer = null, int? answeredDaysAgo = null, Core.Running.Reaction? reaction = null, string? behind = null)
        {
            var proposal = Core.Running.Proposal.Create(workspaceId, relationship.Id, new Core.Running.ProposalDraft(title, pitch, [serves.Id], null, now.AddDays(-daysAgo)), now);
            if (answer is not null)
            {
                proposal.Record(new Core.Running.AnswerDraft(answer, now.AddDays(-(answeredDaysAgo ?? daysAgo)), reaction, behind), now);
            }
            db.Proposals.Add(proposal);
        }
        void Pulse(Relationship relationship, int daysAgo, int side, int buys, string evidence, int? credibility = null, int? reliability = null, int? intimacy = null, int? selfOrientation = null) =>
            db.Pulses.Add(Core.Running.Pulse.Create(workspaceId, relationship.Id, new Core.Running.PulseDraft(now.AddDays(-daysAgo), side, buys, evidence, credibility, reliability, intimacy, selfOrientation), now));

        Talk(r.Ricardo, 40, Core.Running.Channel.Meeting, T("Walked him through the three incidents of last month.", "Le expliqué los tres incidentes del mes pasado."), T("Draft a process map", "Preparar un mapa de procesos"), 4, 3, 4);
        Talk(r.Ricardo, 25, Core.Running.Channel.EMail, T("Sent the process map draft.", "Le envié el borrador del mapa de procesos."), T("Review it together on Thursday", "Revisarlo juntos el jueves"), 3, 4, 3);
        Talk(r.Ricardo, 6, Core.Running.Channel.Meeting, T("He asked how the rumours affect the team; mostly listened.", "Preguntó cómo afectan los rumores al equipo; sobre todo escuché."), T("Share a one-page summary of open risks", "Compartir un resumen de una página con los riesgos abiertos"), 5, 4, 5, i.Group);
        Propose(r.Ricardo, 35, T("Map the top three recurring fires", "Mapear los tres incendios recurrentes"), T("So you can show Elena the root causes before she asks.", "Para que puedas mostrarle a Elena las causas antes de que pregunte."), i.Operations, Core.Running.Answer.Accepted, 33);
        Propose(r.Ricardo, 20, T("A weekly operations report", "Un reporte semanal de operaciones"), T("One page every Monday, so the team's work is visible upstairs.", "Una página cada lunes, para que el trabajo del equipo se vea arriba."), i.Group, Core.Running.Answer.Declined, 18, Core.Running.Reaction.Unknown, T("Maybe he does not want more visibility while the reorganization is discussed.", "Quizá no quiere más visibilidad mientras se discute la reorganización."));
        Propose(r.Ricardo, 3, T("Automate the monthly reconciliation", "Automatizar la conciliación mensual"), T("Two fewer late nights for your team each month.", "Dos noches menos de trabajo tarde para tu equipo cada mes."), i.Operations);
        Pulse(r.Ricardo, 100, 3, 3, T("Polite but distant in meetings.", "Cortés pero distante en las reuniones."), 5, 6, 3, 6);
        Pulse(r.Ricardo, 70, 3, 4, T("Started asking my opinion on incidents.", "Empezó a pedir mi opinión sobre los incidentes."), 6, 6, 4, 5);
        Pulse(r.Ricardo, 40, 4, 4, T("Forwarded my process map to Elena with my name on it.", "Reenvió mi mapa de procesos a Elena con mi nombre."), 7, 7, 5, 4);
        Pulse(r.Ricardo, 8, 5, 4, T("Told me about the reorganization before anyone else.", "Me contó de la reorganización antes que a nadie."), 8, 8, 7, 3);
        db.Pulses.Add(Core.Running.Pulse.Create(workspaceId, r.Ricardo.Id, new Core.Running.PulseDraft(
            now.AddDays(-30), 4, 4, T("Useful work; tell me earlier when something will slip.", "Trabajo útil; avísame antes cuando algo se vaya a retrasar.")), now, Core.Running.PulseSource.Client));

        Talk(r.Marta, 30, Core.Running.Channel.Call, T("She asked for the cost figures of the tool again.", "Volvió a pedir las cifras de costo de la herramienta."));
        Pulse(r.Marta, 80, 2, 3, T("Answers my e-mails days later.", "Responde mis correos días después."));

        Talk(r.Diego, 17, Core.Running.Channel.Message, T("Shared the report's business rules.", "Compartí las reglas de negocio del reporte."), T("Pair on the first script", "Trabajar juntos en el primer script"), 4, 4, 4);
        Propose(r.Diego, 30, T("Pair on automating the report", "Automatizar juntos el reporte"), T("A quick win you can show your director this quarter.", "Un resultado rápido que puedes mostrar a tu director este trimestre."), i.QuickWins, Core.Running.Answer.Declined, 29, Core.Running.Reaction.Freezing);
        Propose(r.Diego, 22, T("Document the report's rules first", "Documentar primero las reglas del reporte"), T("Less risk for your team when the scripts change.", "Menos riesgo para tu equipo cuando cambien los scripts."), i.Automate, Core.Running.Answer.Declined, 21, Core.Running.Reaction.Uncontrolled, T("His director had just cut the project's budget.", "Su director acababa de recortar el presupuesto del proyecto."));
        Pulse(r.Diego, 20, 4, 3, T("Friendly, but not sure my help is worth his time yet.", "Amable, pero aún no está seguro de que mi ayuda valga su tiempo."));

        Talk(r.Elena, 17, Core.Running.Channel.Meeting, T("Audit kickoff; she set the deadlines.", "Inicio de la auditoría; ella fijó los plazos."), T("Send the evidence list by Friday", "Enviar la lista de evidencias el viernes"), 3, 4, 3);
        Propose(r.Elena, 16, T("Take over the evidence collection", "Encargarme de reunir las evidencias"), T("You get the audit closed a week early.", "Cierras la auditoría una semana antes."), i.Goals, Core.Running.Answer.Declined, 15, Core.Running.Reaction.Unknown);
        Pulse(r.Elena, 9, 3, 3, T("Thanked me, but keeps Andrés in every decision.", "Me agradeció, pero incluye a Andrés en cada decisión."));

        await db.SaveChangesAsync(cancellationToken);
    }
}
