using Aliado.Core.People;

namespace Aliado.Features.Demo;

/// <summary>The names and sentences of a <see cref="ScaleDemo"/> workspace, in English or Spanish.</summary>
internal sealed class Words(bool es)
{
    private static readonly string[] _first = ["María", "José", "Ana", "Luis", "Carmen", "Jorge", "Lucía", "Pedro", "Elena", "Diego", "Sofía", "Andrés", "Valeria", "Tomás", "Marta", "Ricardo", "Paula", "Óscar", "Isabel", "Martín", "Grace", "Daniel", "Noor", "Kenji", "Amara", "Liam"];
    private static readonly string[] _last = ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Díaz", "Quispe", "Huamán", "Rojas", "Torres", "Vargas", "Castro", "Ibáñez", "Núñez", "Salas", "Paredes", "Mendoza", "Flores", "Okafor", "Tanaka", "Walsh", "Novak"];
    private static readonly SocialStyle[] _styles = Enum.GetValues<SocialStyle>();

    private string T(string english, string spanish) => es ? spanish : english;

    private static string One(Random random, params string[] choices) => choices[random.Next(choices.Length)];

    public string Company(int n) => T($"Company {n:D4}", $"Empresa {n:D4}");

    public string Department(int n) => $"{T("Department", "Área")} {n:D4}";

    public PersonDraft Person(int n, Guid organizationId, Random random)
    {
        var name = $"{_first[random.Next(_first.Length)]} {_last[random.Next(_last.Length)]} {_last[random.Next(_last.Length)]}";
        var position = One(random,
            T("Head of Operations", "Gerente de Operaciones"), T("Purchasing manager", "Jefa de compras"), T("IT project manager", "Jefe de proyectos de TI"),
            T("Financial analyst", "Analista financiera"), T("Sales director", "Director comercial"), T("Logistics coordinator", "Coordinadora de logística"),
            T("Internal auditor", "Auditor interno"), T("Plant manager", "Gerenta de planta"));
        return new PersonDraft(
            name, organizationId, position,
            SocialStyle: _styles[random.Next(_styles.Length)],
            Email: random.Next(3) == 0 ? null : $"person{n:D7}@example.com",
            Phone: random.Next(2) == 0 ? null : $"+51 1 {random.Next(200, 999)} {random.Next(1000, 9999)}",
            Notes: random.Next(5) == 0 ? One(random,
                T("Prefers a call to a long e-mail.", "Prefiere una llamada a un correo largo."),
                T("Met at the supplier fair.", "Nos conocimos en la feria de proveedores."),
                T("Asks for numbers before opinions.", "Pide cifras antes que opiniones.")) : null);
    }

    public string TheirInterest(Random random) => One(random,
        T("Close the quarter without surprises", "Cerrar el trimestre sin sorpresas"),
        T("Cut operating costs", "Reducir los costos operativos"),
        T("Be seen as the one who delivers", "Ser visto como quien cumple"),
        T("Keep the team through the reorganization", "Mantener al equipo durante la reorganización"),
        T("Get the audit closed early", "Cerrar la auditoría antes de plazo"),
        T("Launch the new product on time", "Lanzar el nuevo producto a tiempo"));

    public string MyInterest(Random random) => One(random,
        T("Learn the business end to end", "Aprender el negocio de punta a punta"),
        T("Grow into a lead role", "Crecer hacia un rol de liderazgo"),
        T("Renew the yearly contract", "Renovar el contrato anual"),
        T("Be visible to senior management", "Ser visible ante la gerencia"));

    public string Offering(Random random) => One(random,
        T("Weekly status report", "Reporte semanal de avance"),
        T("Process documentation", "Documentación de procesos"),
        T("Cost analysis", "Análisis de costos"),
        T("Support during the audit", "Apoyo durante la auditoría"));

    public string Conversation(Random random) => One(random,
        T("Reviewed the open issues together.", "Revisamos juntos los temas pendientes."),
        T("Short call about the budget.", "Llamada breve sobre el presupuesto."),
        T("Lunch; talked about next year's plans.", "Almuerzo; hablamos de los planes del próximo año."),
        T("Walked through the report's numbers.", "Repasamos las cifras del reporte."));

    public string NextStep(Random random) => One(random,
        T("Send the summary", "Enviar el resumen"),
        T("Book the follow-up", "Agendar el seguimiento"),
        T("Share the draft", "Compartir el borrador"));

    public string Proposal(Random random) => One(random,
        T("Automate the monthly reconciliation", "Automatizar la conciliación mensual"),
        T("A one-page weekly update", "Una actualización semanal de una página"),
        T("Pilot the new planning tool", "Probar la nueva herramienta de planificación"));

    public string Assessment(Random random) => One(random,
        T("Checks every figure twice before deciding.", "Revisa cada cifra dos veces antes de decidir."),
        T("Long meetings, few decisions.", "Reuniones largas, pocas decisiones."),
        T("Open to ideas when they come with numbers.", "Abierto a ideas cuando vienen con cifras."));
}
