namespace Loyalty.Feedback.Api.Domain.Surveys;

/// <summary>What a question asks for: Nps 0–10, Satisfaction 1–5, one Choice option's key, or free Text.</summary>
public enum QuestionKind
{
    Nps,
    Satisfaction,
    Choice,
    Text,
}

/// <summary>What a satisfaction question is about; a survey asks each at most once.</summary>
public enum SatisfactionSubject
{
    Treatment,
    Clinic,
    Advisor,
}
