namespace Loyalty.Feedback.Api.Domain.Surveys;

/// <summary>
/// One version of a survey: the wording members were asked. A change is a new version, never an edit, so every
/// answer keeps pointing at the questions it answered.
/// </summary>
public sealed class Survey
{
    private Survey()
    {
    }

    public string Code { get; private set; } = "";

    public int Version { get; private set; }

    public Dictionary<string, string> Name { get; private set; } = [];

    public List<SurveyQuestion> Questions { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The first version of a survey, or the next one after <paramref name="latestVersion"/>.</summary>
    public static Survey Create(SurveyDefinition definition, int latestVersion, DateTimeOffset now) => new()
    {
        Code = definition.Code,
        Version = latestVersion + 1,
        Name = new Dictionary<string, string>(definition.Name),
        Questions = [.. definition.Questions],
        CreatedAt = now,
    };

    public string NameIn(string language) => Name.GetValueOrDefault(language) ?? Name.Values.First();
}
