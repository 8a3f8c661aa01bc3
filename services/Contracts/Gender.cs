namespace Loyalty.Contracts;

public enum Gender
{
    Female,
    Male,
    Undisclosed,
}
