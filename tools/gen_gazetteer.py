"""Regenerate src/narrascope/data/gazetteer.jsonl from the tables below.

Run: python tools/gen_gazetteer.py. The JSONL is what ships; this script only
keeps the tables readable. Fields: name, type, aliases, capital_of, seat_of,
stands_for (name of the entity a metonym stands for), demonyms.
"""
import json
from pathlib import Path

# name | aliases (;) | demonyms (;) | capital
COUNTRIES = """
Afghanistan||Afghan;Afghans|Kabul
Albania||Albanian;Albanians|Tirana
Algeria||Algerian;Algerians|Algiers
Argentina||Argentine;Argentinian;Argentinians|Buenos Aires
Armenia||Armenian;Armenians|Yerevan
Australia||Australian;Australians|Canberra
Austria||Austrian;Austrians|Vienna
Azerbaijan||Azerbaijani;Azerbaijanis|Baku
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Belarus|Byelorussia|Belarusian;Belarusians|Minsk
Belgium||Belgian;Belgians|
Bolivia||Bolivian|La Paz
Bosnia and Herzegovina|Bosnia;BiH|Bosnian;Bosnians|Sarajevo
Brazil||Brazilian;Brazilians|Brasilia
Bulgaria||Bulgarian;Bulgarians|Sofia
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde
Canada||Canadian;Canadians|Ottawa
Chile||Chilean;Chileans|Santiago
China|People's Republic of China;PRC|Chinese|Beijing
Colombia||Colombian;Colombians|Bogota
Croatia||Croatian;Croatians;Croat;Croats|Zagreb
Cuba||Cuban;Cubans|Havana
Cyprus||Cypriot;Cypriots|Nicosia
Czech Republic|Czechia|Czech;Czechs|Prague
Denmark||Danish;Danes|Copenhagen
Egypt||Egyptian;Egyptians|Cairo
Estonia||Estonian;Estonians|Tallinn
Ethiopia||Ethiopian;Ethiopians|Addis Ababa
Finland||Finnish;Finns|Helsinki
France|French Republic|French|Paris
Georgia||Georgian;Georgians|Tbilisi
Germany|Federal Republic of Germany|German;Germans|Berlin
Ghana||Ghanaian|Accra
Greece||Greek;Greeks|Athens
Hungary||Hungarian;Hungarians|Budapest
Iceland||Icelandic;Icelanders|Reykjavik
India||Indian;Indians|New Delhi
Indonesia||Indonesian;Indonesians|Jakarta
Iran|Islamic Republic of Iran|Iranian;Iranians|Tehran
Iraq||Iraqi;Iraqis|Baghdad
Ireland||Irish|Dublin
Israel||Israeli;Israelis|Jerusalem
Italy||Italian;Italians|Rome
Japan||Japanese|Tokyo
Jordan||Jordanian;Jordanians|Amman
Kazakhstan||Kazakh;Kazakhs|Astana
Kenya||Kenyan;Kenyans|Nairobi
Kosovo|Republic of Kosovo|Kosovar;Kosovars|Pristina
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Latvia||Latvian;Latvians|Riga
Lebanon||Lebanese|Beirut
Libya||Libyan;Libyans|Tripoli
Lithuania||Lithuanian;Lithuanians|Vilnius
Luxembourg||Luxembourgish|
Malaysia||Malaysian;Malaysians|Kuala Lumpur
Mali||Malian|Bamako
Mexico||Mexican;Mexicans|Mexico City
Moldova|Republic of Moldova|Moldovan;Moldovans|Chisinau
Mongolia||Mongolian|Ulaanbaatar
Montenegro||Montenegrin;Montenegrins|Podgorica
Morocco||Moroccan;Moroccans|Rabat
Myanmar|Burma|Burmese|Naypyidaw
Nepal||Nepalese;Nepali|Kathmandu
Netherlands|Holland;the Netherlands|Dutch|Amsterdam
New Zealand||New Zealander;New Zealanders|Wellington
Niger||Nigerien|Niamey
Nigeria||Nigerian;Nigerians|Abuja
North Korea|DPRK;Democratic People's Republic of Korea|North Korean;North Koreans|Pyongyang
North Macedonia|Macedonia|Macedonian;Macedonians|Skopje
Norway||Norwegian;Norwegians|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani;Pakistanis|Islamabad
Palestine|Palestinian territories;State of Palestine|Palestinian;Palestinians|Ramallah
Peru||Peruvian;Peruvians|Lima
Philippines|the Philippines|Filipino;Filipinos;Philippine|Manila
Poland||Polish;Poles|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari;Qataris|Doha
Romania||Romanian;Romanians|Bucharest
Russia|Russian Federation|Russian;Russians|Moscow
Saudi Arabia||Saudi;Saudis|Riyadh
Serbia|Republic of Serbia|Serbian;Serbians;Serb;Serbs|Belgrade
Singapore||Singaporean|
Slovakia||Slovak;Slovaks|Bratislava
Slovenia||Slovenian;Slovenians;Slovene;Slovenes|Ljubljana
Somalia||Somali;Somalis|Mogadishu
South Africa||South African;South Africans|Pretoria
South Korea|Republic of Korea;ROK|South Korean;South Koreans|Seoul
Spain||Spanish;Spaniards|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Sweden||Swedish;Swedes|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian;Syrians|Damascus
Taiwan|Republic of China|Taiwanese|Taipei
Tajikistan||Tajik;Tajiks|Dushanbe
Thailand||Thai|Bangkok
Tunisia||Tunisian;Tunisians|Tunis
Turkey|Turkiye;Türkiye|Turkish;Turks|Ankara
Turkmenistan||Turkmen|Ashgabat
Ukraine||Ukrainian;Ukrainians|Kyiv;Kiev
United Arab Emirates|UAE;Emirates|Emirati;Emiratis|Abu Dhabi
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons|London
United States|US;U.S.;USA;U.S.A.;United States of America;America|American;Americans|Washington
Uzbekistan||Uzbek;Uzbeks|Tashkent
Venezuela||Venezuelan;Venezuelans|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni;Yemenis|Sanaa
Zimbabwe||Zimbabwean;Zimbabweans|Harare
Andorra||Andorran|Andorra la Vella
Angola||Angolan;Angolans|Luanda
Antigua and Barbuda||Antiguan|Saint John's
Bahamas|the Bahamas|Bahamian|Nassau
Barbados||Barbadian|Bridgetown
Belize||Belizean|Belmopan
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Botswana||Motswana;Batswana|Gaborone
Brunei||Bruneian|Bandar Seri Begawan
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|Gitega
Cape Verde|Cabo Verde|Cape Verdean|Praia
Central African Republic|CAR|Central African|Bangui
Chad||Chadian|N'Djamena
Comoros||Comoran|Moroni
Costa Rica||Costa Rican|San Jose
Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian;Ivorians|Yamoussoukro
Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa|Congolese|Kinshasa
Republic of the Congo|Congo-Brazzaville||Brazzaville
Djibouti||Djiboutian|
Dominica|||Roseau
Dominican Republic||Dominican;Dominicans|Santo Domingo
East Timor|Timor-Leste|Timorese|Dili
Ecuador||Ecuadorian;Ecuadorians|Quito
El Salvador||Salvadoran;Salvadorans|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eritrea||Eritrean;Eritreans|Asmara
Eswatini|Swaziland|Swazi|Mbabane
Fiji||Fijian|Suva
Gabon||Gabonese|Libreville
Gambia|the Gambia|Gambian|Banjul
Grenada||Grenadian|
Guatemala||Guatemalan;Guatemalans|Guatemala City
Guinea||Guinean|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|Georgetown
Haiti||Haitian;Haitians|Port-au-Prince
Honduras||Honduran;Hondurans|Tegucigalpa
Jamaica||Jamaican;Jamaicans|Kingston
Kiribati|||Tarawa
Laos||Lao;Laotian|Vientiane
Lesotho||Basotho|Maseru
Liberia||Liberian;Liberians|Monrovia
Liechtenstein||Liechtensteiner|Vaduz
Madagascar||Malagasy|Antananarivo
Malawi||Malawian;Malawians|Lilongwe
Maldives|the Maldives|Maldivian|Male
Malta||Maltese|Valletta
Marshall Islands|||Majuro
Mauritania||Mauritanian|Nouakchott
Mauritius||Mauritian|Port Louis
Micronesia|||Palikir
Monaco||Monegasque|
Mozambique||Mozambican;Mozambicans|Maputo
Namibia||Namibian;Namibians|Windhoek
Nauru||Nauruan|
Nicaragua||Nicaraguan;Nicaraguans|Managua
Palau||Palauan|Ngerulmud
Panama||Panamanian;Panamanians|Panama City
Papua New Guinea||Papua New Guinean|Port Moresby
Paraguay||Paraguayan;Paraguayans|Asuncion
Rwanda||Rwandan;Rwandans|Kigali
Saint Kitts and Nevis|||Basseterre
Saint Lucia||Saint Lucian|Castries
Saint Vincent and the Grenadines|||Kingstown
Samoa||Samoan|Apia
San Marino||Sammarinese|
Sao Tome and Principe|||Sao Tome
Senegal||Senegalese|Dakar
Seychelles||Seychellois|Victoria
Sierra Leone||Sierra Leonean|Freetown
Solomon Islands|||Honiara
South Sudan||South Sudanese|Juba
Suriname||Surinamese|Paramaribo
Tanzania||Tanzanian;Tanzanians|Dodoma
Togo||Togolese|Lome
Tonga||Tongan|Nuku'alofa
Trinidad and Tobago||Trinidadian|Port of Spain
Tuvalu||Tuvaluan|Funafuti
Uganda||Ugandan;Ugandans|Kampala
Uruguay||Uruguayan;Uruguayans|Montevideo
Vanuatu||Ni-Vanuatu|Port Vila
Vatican City|Holy See;the Vatican;Vatican||
Zambia||Zambian;Zambians|Lusaka
"""

# Cities and regions often in the news that are not capitals: name | country
PLACES = """
Kharkiv|Ukraine
Odesa|Ukraine
Kherson|Ukraine
Melitopol|Ukraine
Mariupol|Ukraine
Donetsk|Ukraine
Luhansk|Ukraine
Zaporizhzhia|Ukraine
Bakhmut|Ukraine
Lviv|Ukraine
Dnipro|Ukraine
Sevastopol|Ukraine
Crimea|Ukraine
Donbas|Ukraine
Saint Petersburg|Russia
Kaliningrad|Russia
Sochi|Russia
Grozny|Russia
Novi Sad|Serbia
Mitrovica|Kosovo
Gaza|Palestine
West Bank|Palestine
Aleppo|Syria
Idlib|Syria
Mosul|Iraq
Basra|Iraq
Benghazi|Libya
Istanbul|Turkey
Izmir|Turkey
Shanghai|China
Hong Kong|China
Xinjiang|China
Tibet|China
Mumbai|India
Karachi|Pakistan
Lahore|Pakistan
New York|United States
Los Angeles|United States
Chicago|United States
San Francisco|United States
Geneva|Switzerland
Zurich|Switzerland
Davos|Switzerland
Munich|Germany
Frankfurt|Germany
Hamburg|Germany
Milan|Italy
Barcelona|Spain
Marseille|France
Strasbourg|France
Rotterdam|Netherlands
The Hague|Netherlands
Antwerp|Belgium
Gdansk|Poland
Krakow|Poland
Thessaloniki|Greece
Transnistria|Moldova
Abkhazia|Georgia
South Ossetia|Georgia
Nagorno-Karabakh|Azerbaijan
Taiwan Strait|
South China Sea|
Black Sea|
Baltic Sea|
"""

# name | type | aliases (;) | extra (key=value;...)
OTHER = """
European Union|ORG|EU;E.U.;the EU;the European Union|
Brussels|GPE||seat_of=European Union;capital_of=Belgium
NATO|ORG|North Atlantic Treaty Organization;Nato;the Alliance|
United Nations|ORG|UN;U.N.;the UN;the United Nations|
UN Security Council|ORG|United Nations Security Council;Security Council;UNSC|
European Commission|ORG|the Commission;EC|
European Parliament|ORG|EP|
Council of Europe|ORG||
OSCE|ORG|Organization for Security and Co-operation in Europe;Organization for Security and Cooperation in Europe|
International Monetary Fund|ORG|IMF|
World Bank|ORG||
World Health Organization|ORG|WHO|
International Criminal Court|ORG|ICC|
World Trade Organization|ORG|WTO|
African Union|ORG|AU|
Arab League|ORG|League of Arab States|
ASEAN|ORG|Association of Southeast Asian Nations|
G7|ORG|Group of Seven;G-7|
G20|ORG|Group of 20;G-20|
BRICS|ORG||
Kremlin|ORG|the Kremlin|stands_for=Russia
White House|ORG|the White House|stands_for=United States
Pentagon|ORG|the Pentagon|stands_for=United States
Downing Street|ORG|Number 10|stands_for=United Kingdom
Elysee|ORG|Elysee Palace;Élysée;Élysée Palace|stands_for=France
Zhongnanhai|ORG||stands_for=China
State Department|ORG|U.S. State Department;US State Department;the State Department|stands_for=United States
Foggy Bottom|ORG||stands_for=United States
Whitehall|ORG||stands_for=United Kingdom
Quai d'Orsay|ORG||stands_for=France
the West|GROUP|West;the collective West;collective West;Western countries;Western nations;Western powers;Western governments|
Reuters|ORG|Thomson Reuters|
Associated Press|ORG|AP;the Associated Press|
Agence France-Presse|ORG|AFP;Agence France Presse|
TASS|ORG|Tass|
RIA Novosti|ORG|RIA|
Tanjug|ORG||
Xinhua|ORG|Xinhua News Agency|
Bloomberg|ORG||
BBC|ORG|British Broadcasting Corporation|
CNN|ORG||
Al Jazeera|ORG||
RT|ORG|Russia Today|
Sputnik|ORG||
Deutsche Welle|ORG|DW|
Radio Free Europe/Radio Liberty|ORG|RFE/RL;Radio Free Europe|
Twitter|ORG|X|
Facebook|ORG|Meta|
Telegram|ORG||
YouTube|ORG||
Instagram|ORG||
TikTok|ORG||
European Central Bank|ORG|ECB|
Federal Reserve|ORG|the Fed|
Hamas|ORG||
Hezbollah|ORG||
Taliban|ORG|the Taliban|
Islamic State|ORG|ISIS;ISIL;IS|
Wagner Group|ORG|Wagner|
Amnesty International|ORG|Amnesty|
Human Rights Watch|ORG|HRW|
Red Cross|ORG|International Committee of the Red Cross;ICRC|
ECOWAS|ORG|Economic Community of West African States|
OPEC|ORG|Organization of the Petroleum Exporting Countries|
SADC|ORG|Southern African Development Community|
Mercosur|ORG||
CSTO|ORG|Collective Security Treaty Organization|
Shanghai Cooperation Organisation|ORG|SCO;Shanghai Cooperation Organization|
Eurasian Economic Union|ORG|EAEU|
Gulf Cooperation Council|ORG|GCC|
Organization of American States|ORG|OAS|
IAEA|ORG|International Atomic Energy Agency|
UNHCR|ORG|UN refugee agency|
UNICEF|ORG||
World Food Programme|ORG|WFP|
UNESCO|ORG||
Europol|ORG||
Interpol|ORG||
Frontex|ORG||
FATF|ORG|Financial Action Task Force|
FIFA|ORG||
UEFA|ORG||
International Olympic Committee|ORG|IOC|
FBI|ORG|Federal Bureau of Investigation;F.B.I.|
CIA|ORG|Central Intelligence Agency;C.I.A.|
NSA|ORG|National Security Agency|
Department of Justice|ORG|Justice Department;DOJ|
Department of Homeland Security|ORG|Homeland Security Department;DHS|
US Congress|ORG|U.S. Congress;United States Congress|
US Senate|ORG|U.S. Senate;United States Senate|
House of Representatives|ORG|U.S. House of Representatives;US House of Representatives|
US Supreme Court|ORG|U.S. Supreme Court;Supreme Court of the United States|
Democratic Party|ORG|Democrats;Democratic National Committee;DNC|demonyms=Democrat,Democrats,Democratic
Republican Party|ORG|Republicans;GOP;Republican National Committee;RNC|demonyms=Republican,Republicans
United Press International|ORG|UPI|
New York Times|ORG|The New York Times;NYT|
Washington Post|ORG|The Washington Post|
Wall Street Journal|ORG|The Wall Street Journal;WSJ|
Fox News|ORG|Fox News Channel|
NBC News|ORG|NBC|
CBS News|ORG|CBS|
ABC News|ORG||
MSNBC|ORG||
Politico|ORG||
The Guardian|ORG|Guardian|
Financial Times|ORG|FT|
Kyiv Independent|ORG||
Interfax|ORG||
Anadolu Agency|ORG|Anadolu|
Kyodo News|ORG|Kyodo|
Yonhap|ORG|Yonhap News Agency|
EFE|ORG||
ANSA|ORG||
dpa|ORG|Deutsche Presse-Agentur;DPA|
Euronews|ORG||
N1|ORG||
Sky News|ORG||
"""


def main() -> None:
    rows = []
    for line in COUNTRIES.strip().splitlines():
        name, aliases, demonyms, capital = (p.strip() for p in line.split("|"))
        rows.append({"name": name, "type": "GPE",
                     "aliases": [a for a in aliases.split(";") if a],
                     "demonyms": [d for d in demonyms.split(";") if d]})
        for cap in filter(None, capital.split(";")):
            rows.append({"name": capital.split(";")[0], "type": "GPE", "capital_of": name,
                         "aliases": [] if cap == capital.split(";")[0] else [cap]})
    for line in PLACES.strip().splitlines():
        name, country = (p.strip() for p in line.split("|"))
        row = {"name": name, "type": "LOC" if name.endswith(("Sea", "Strait")) else "GPE", "aliases": []}
        if country:
            row["in_country"] = country
        rows.append(row)
    for line in OTHER.strip().splitlines():
        name, etype, aliases, extra = (p.strip() for p in line.split("|"))
        row = {"name": name, "type": etype, "aliases": [a for a in aliases.split(";") if a]}
        for kv in filter(None, extra.split(";")):
            k, v = kv.split("=", 1)
            row[k] = v.split(",") if k == "demonyms" else v
        rows.append(row)
    # merge duplicate names (a capital with an alternative spelling)
    merged: dict[str, dict] = {}
    for r in rows:
        if r["name"] in merged:
            merged[r["name"]]["aliases"] += [a for a in r["aliases"] if a not in merged[r["name"]]["aliases"]]
        else:
            merged[r["name"]] = r
    out = Path(__file__).resolve().parents[1] / "src/narrascope/data/gazetteer.jsonl"
    with out.open("w", encoding="utf-8") as f:
        f.write("")
        for r in merged.values():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(merged)} entries to {out}")


if __name__ == "__main__":
    main()
