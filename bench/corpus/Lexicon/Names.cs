namespace ScoGraphQL.Bench.Corpus.Lexicon;

/// <summary>An invented person: a recombination of a first name and a family name from one region's lists.</summary>
public sealed record PersonName(string Given, string Family, bool FamilyFirst, bool Female)
{
    public string Full => FamilyFirst ? $"{Family} {Given}" : $"{Given} {Family}";

    /// <summary>The back-reference the releases use: "Mr Norov", "Mr Zhang" (family name first in Chinese names).</summary>
    public string Honorific => $"{(Female ? "Ms" : "Mr")} {Family}";
}

/// <summary>First and family names per region. The people are invented; the names are common ones.</summary>
public static class Names
{
    private sealed record NameList(string[] Male, string[] Female, string[] Family, bool FamilyFirst = false, bool SlavicFeminine = false);

    private static readonly Dictionary<NameOrigin, NameList> Lists = new()
    {
        [NameOrigin.Chinese] = new(
            ["Wei", "Jun", "Hao", "Lei", "Qiang", "Ming", "Tao", "Bo", "Gang", "Jian", "Yong", "Zhiwei", "Haifeng", "Jianguo", "Xiaodong", "Guoqiang", "Yunfei", "Dongsheng"],
            ["Li", "Fang", "Jing", "Yan", "Hong", "Xiaoling", "Meilin", "Yuhua", "Lihua", "Xiumei"],
            ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian"],
            FamilyFirst: true),
        [NameOrigin.Russian] = new(
            ["Sergei", "Alexei", "Dmitry", "Andrei", "Nikolai", "Mikhail", "Igor", "Oleg", "Pavel", "Yuri", "Viktor", "Konstantin", "Vladimir", "Boris", "Anatoly", "Gennady", "Maxim", "Roman"],
            ["Elena", "Olga", "Natalia", "Irina", "Tatiana", "Svetlana", "Maria", "Anna", "Yulia", "Marina"],
            ["Ivanov", "Petrov", "Sokolov", "Kuznetsov", "Popov", "Lebedev", "Kozlov", "Novikov", "Morozov", "Volkov", "Alekseev", "Fedorov", "Mikhailov", "Belov", "Tarasov", "Orlov", "Zaitsev", "Pavlov", "Semenov", "Golubev", "Vinogradov", "Bogdanov", "Vorobyov", "Gusev"],
            SlavicFeminine: true),
        [NameOrigin.Kazakh] = new(
            ["Yerlan", "Nurlan", "Askar", "Daulet", "Kairat", "Marat", "Serik", "Bakhyt", "Yerzhan", "Talgat", "Arman", "Dauren", "Murat", "Nurbol"],
            ["Aigerim", "Gulnara", "Saule", "Aizhan", "Dinara", "Zhanar", "Madina", "Asel"],
            ["Nurlanov", "Seitkali", "Abenov", "Zhaksybekov", "Tokhtarov", "Sarsenbayev", "Baimukhanov", "Iskakov", "Kassymov", "Ospanov", "Mukhametov", "Dzhaksybayev", "Akhmetov", "Suleimenov", "Tuleubayev"],
            SlavicFeminine: true),
        [NameOrigin.Kyrgyz] = new(
            ["Almazbek", "Kubanychbek", "Nurbek", "Talant", "Azamat", "Bakyt", "Ulan", "Emil", "Chingiz", "Adylbek", "Zhenishbek"],
            ["Aida", "Cholpon", "Nazira", "Gulmira", "Elmira", "Aizada"],
            ["Abdrakhmanov", "Dzhumabekov", "Osmonaliev", "Sadykov", "Toktogulov", "Kadyrbekov", "Imanaliev", "Mamytov", "Asanov", "Bekmurzaev", "Usenov", "Tashiev"],
            SlavicFeminine: true),
        [NameOrigin.Tajik] = new(
            ["Sirojiddin", "Davlatali", "Rustam", "Farrukh", "Bakhtiyor", "Khurshed", "Sherali", "Mahmadullo", "Nasrullo", "Zafar", "Abdullo", "Jamshed"],
            ["Zarina", "Nigina", "Mehrinisso", "Firuza", "Gulnora", "Manizha"],
            ["Rahimov", "Saidov", "Nazarov", "Sharipov", "Mirzoev", "Kholov", "Davlatov", "Rajabov", "Safarov", "Odinaev", "Boboev", "Qurbonov"],
            SlavicFeminine: true),
        [NameOrigin.Uzbek] = new(
            ["Bakhtiyor", "Sardor", "Jasur", "Otabek", "Ulugbek", "Sherzod", "Rustam", "Akmal", "Bobur", "Dilshod", "Alisher", "Shukhrat", "Ravshan"],
            ["Dilnoza", "Malika", "Nodira", "Gulnoza", "Shakhnoza", "Feruza"],
            ["Azimov", "Yusupov", "Abdullaev", "Karimov", "Rakhimov", "Mirzaev", "Ismoilov", "Kholmatov", "Nematov", "Saidakhmedov", "Umarov", "Turgunov", "Sultanov", "Ergashev"],
            SlavicFeminine: true),
        [NameOrigin.Indian] = new(
            ["Rajesh", "Anil", "Sanjay", "Vikram", "Arun", "Suresh", "Rahul", "Amit", "Pradeep", "Manoj", "Vinay", "Ashok", "Harsh", "Kiran"],
            ["Priya", "Sunita", "Anjali", "Meera", "Kavita", "Nirmala", "Deepa", "Lakshmi"],
            ["Sharma", "Verma", "Gupta", "Mehta", "Iyer", "Nair", "Reddy", "Rao", "Menon", "Kapoor", "Malhotra", "Chopra", "Bhatia", "Joshi", "Kulkarni", "Desai"]),
        [NameOrigin.Pakistani] = new(
            ["Imran", "Asif", "Tariq", "Khalid", "Bilal", "Faisal", "Usman", "Shahid", "Nadeem", "Zahid", "Kamran", "Saeed"],
            ["Ayesha", "Fatima", "Sana", "Hina", "Nadia", "Sadia"],
            ["Qureshi", "Malik", "Chaudhry", "Siddiqui", "Abbasi", "Bhutto", "Khattak", "Durrani", "Rana", "Butt", "Awan", "Jamali"]),
        [NameOrigin.Iranian] = new(
            ["Ali", "Hossein", "Mohammad", "Reza", "Mehdi", "Hamid", "Majid", "Saeed", "Abbas", "Javad", "Kazem", "Davoud"],
            ["Maryam", "Zahra", "Fatemeh", "Leila", "Shirin", "Parisa"],
            ["Ahmadi", "Hosseini", "Rezaei", "Mousavi", "Karimi", "Rahimi", "Jafari", "Sadeghi", "Hashemi", "Ghasemi", "Najafi", "Tavakoli", "Moradi", "Kazemi"]),
        [NameOrigin.Belarusian] = new(
            ["Alexander", "Viktor", "Sergei", "Andrei", "Vladimir", "Igor", "Pavel", "Leonid", "Vitaly", "Dmitry"],
            ["Natalia", "Olga", "Irina", "Lyudmila", "Tatiana", "Volha"],
            ["Kovalenko", "Shevchuk", "Makei", "Karpenko", "Lukashevich", "Rybakov", "Kravchenko", "Zhuk", "Marchenko", "Sidorenko", "Klimovich", "Yakubovich"]),
        [NameOrigin.Mongolian] = new(
            ["Batbayar", "Ganbold", "Enkhbold", "Bold", "Tsogtbaatar", "Munkh-Erdene", "Battulga", "Sukhbaatar", "Otgonbayar"],
            ["Oyunchimeg", "Sarantuya", "Enkhtuya", "Bolormaa", "Altantsetseg"],
            ["Dorj", "Gantulga", "Bayar", "Erdene", "Tumur", "Nyamdorj", "Lkhagva", "Batsaikhan", "Purev", "Ochir"]),
        [NameOrigin.Afghan] = new(
            ["Ahmad", "Mohammad", "Abdul", "Hamid", "Nasir", "Zalmai", "Farid", "Haroon", "Wahid"],
            ["Roya", "Habiba", "Nahid", "Fawzia"],
            ["Rahmani", "Popal", "Wardak", "Stanekzai", "Amiri", "Noorzai", "Sultani", "Karzai", "Atmar", "Haidari"]),
        [NameOrigin.Caucasian] = new(
            ["Elmar", "Rashad", "Tigran", "Armen", "Ilham", "Vugar", "Aram", "Samvel", "Farid", "Ruben"],
            ["Leyla", "Anahit", "Gayane", "Sevinj", "Lusine"],
            ["Mammadov", "Aliyev", "Huseynov", "Hovhannisyan", "Grigoryan", "Sargsyan", "Hasanov", "Karapetyan", "Guliyev", "Petrosyan"]),
        [NameOrigin.SouthEastAsian] = new(
            ["Sokha", "Vanna", "Kyaw", "Thant", "Soukthavy", "Bounthong", "Phirun", "Min"],
            ["Sophea", "Thida", "Khin", "Chanthy"],
            ["Chea", "Sok", "Hun", "Aung", "Win", "Myint", "Phomvihane", "Sisoulith", "Keo", "Thein"]),
        [NameOrigin.Arab] = new(
            ["Ahmed", "Khalid", "Omar", "Youssef", "Hamad", "Faisal", "Tarek", "Sultan", "Nasser"],
            ["Fatima", "Noura", "Mariam", "Huda"],
            ["Al-Thani", "Al-Sabah", "Mansour", "Hassan", "Abdelaziz", "Al-Khalifa", "Shoukry", "Al-Mutairi", "Farouk"]),
        [NameOrigin.SouthAsian] = new(
            ["Prakash", "Ramesh", "Dinesh", "Nimal", "Mahinda", "Kumar", "Bimal", "Ravi"],
            ["Sita", "Kamala", "Dilani", "Anita"],
            ["Koirala", "Thapa", "Perera", "Fernando", "Silva", "Adhikari", "Jayasuriya", "Shrestha", "Gunawardena", "Bhandari"]),
    };

    public static PersonName Invent(NameOrigin origin, Dice dice, bool allowFemale = true)
    {
        var list = Lists[origin];
        var female = allowFemale && dice.Chance(0.22);
        var family = dice.Pick(list.Family);
        if (female && list.SlavicFeminine && (family.EndsWith("ov", StringComparison.Ordinal) || family.EndsWith("ev", StringComparison.Ordinal) || family.EndsWith("in", StringComparison.Ordinal)))
            family += "a";
        return new PersonName(dice.Pick(female ? list.Female : list.Male), family, list.FamilyFirst, female);
    }
}
