"""Given names, and their sex: the first names of the 1990 United States census.

Source: the U.S. Census Bureau's "Frequently Occurring Names" lists of the 1990 census (files
``dist.male.first``, 1,219 names, and ``dist.female.first``, 4,275 names: every first name
borne by at least about 0.001 % of the men or women counted, with that share), as shipped in
the ``names`` package on PyPI (version 0.3.0; read once to write this file, not a dependency).
A work of the United States government, in the public domain. The names are written here
with an initial capital, each once.

A name on one list only is of that sex. A name on both lists (331 names) is of one sex when
its share on that list is at least ten times its share on the other ("James": 3.318 % of men,
0.003 % of women), else of either (152 names: "Jordan", "Kelly", "Kim", "Adrian"):
``MALE_NAMES`` (1,051), ``FEMALE_NAMES`` (3,960), and every name in ``GIVEN_NAMES`` (5,163).

The list knows what a common American given name is ("Gretchen", "Eliot"), so that a
capitalized word that opens a sentence ("Undeterred", "Arbitrary") is not taken for a person's
name for want of a better guess, and whether "he" or "she" may stand for a person named
("Gretchen Whitmer" is no "he"). It does not hold every name: a word missing from it is not
proof that a word is not a name; ``MALE_GIVEN_NAMES`` and ``FEMALE_GIVEN_NAMES`` in
:mod:`wireparse._lexicon.titles` add names frequent in the news that it lacks or holds as
either ("Barack", "Xi", "Chrystia", "Terry").

>>> "Gretchen" in GIVEN_NAMES, "Undeterred" in GIVEN_NAMES
(True, False)
>>> "Gretchen" in FEMALE_NAMES, "James" in MALE_NAMES, "Jordan" in MALE_NAMES | FEMALE_NAMES
(True, True, False)
"""

from __future__ import annotations

from typing import Final

__all__ = ["FEMALE_NAMES", "GIVEN_NAMES", "MALE_NAMES", "RARE_NAMES"]

# Each list in the census's order (most frequent first).
_MALE: Final = """
James John Robert Michael William David Richard Charles Joseph Thomas Christopher Daniel Paul
Mark Donald George Kenneth Steven Edward Brian Ronald Anthony Kevin Jason Matthew Gary Timothy
Jose Larry Jeffrey Frank Scott Eric Stephen Andrew Raymond Gregory Joshua Jerry Dennis Walter
Patrick Peter Harold Douglas Henry Carl Arthur Ryan Roger Joe Juan Jack Albert Jonathan Justin
Gerald Keith Samuel Ralph Lawrence Nicholas Roy Benjamin Bruce Brandon Adam Harry Fred Wayne
Billy Steve Louis Jeremy Aaron Randy Howard Eugene Carlos Russell Bobby Victor Martin Ernest
Phillip Todd Jesse Craig Alan Clarence Sean Philip Johnny Earl Jimmy Antonio Danny Bryan Tony
Luis Mike Stanley Leonard Nathan Dale Manuel Rodney Curtis Norman Allen Marvin Vincent Glenn
Jeffery Travis Jeff Chad Jacob Melvin Alfred Kyle Bradley Jesus Herbert Frederick Ray Joel Edwin
Don Eddie Ricky Troy Randall Barry Alexander Bernard Mario Leroy Francisco Marcus Micheal
Theodore Clifford Miguel Oscar Jay Jim Tom Calvin Alex Jon Ronnie Bill Lloyd Tommy Leon Derek
Warren Darrell Jerome Floyd Leo Alvin Tim Wesley Gordon Dean Greg Jorge Dustin Pedro Derrick Dan
Lewis Zachary Corey Herman Maurice Vernon Roberto Clyde Glen Hector Shane Ricardo Sam Rick
Lester Brent Ramon Charlie Tyler Gilbert Gene Marc Reginald Ruben Brett Nathaniel Rafael Edgar
Milton Raul Ben Chester Cecil Duane Franklin Andre Elmer Brad Gabriel Ron Mitchell Roland Arnold
Harvey Jared Karl Cory Claude Erik Darryl Neil Javier Fernando Clinton Ted Mathew Tyrone Darren
Lonnie Lance Cody Julio Kurt Allan Nelson Guy Clayton Hugh Max Dwayne Dwight Armando Felix
Everett Ian Wallace Ken Bob Alfredo Alberto Dave Ivan Sidney Byron Julian Isaac Morris Clifton
Willard Daryl Ross Virgil Andy Marshall Salvador Perry Kirk Sergio Seth Kent Terrance Eduardo
Terrence Enrique Wade Austin Stuart Fredrick Arturo Alejandro Joey Nick Luther Wendell Jeremiah
Evan Julius Otis Trevor Oliver Luke Homer Gerard Doug Kenny Hubert Angelo Shaun Lyle Matt
Alfonso Orlando Rex Carlton Ernesto Cameron Neal Pablo Lorenzo Omar Wilbur Blake Grant Horace
Roderick Abraham Willis Rickey Andres Cesar Johnathan Malcolm Rudolph Damon Kelvin Rudy Preston
Alton Archie Marco Wm Pete Randolph Garry Geoffrey Jonathon Felipe Gerardo Ed Dominic Delbert
Colin Guillermo Earnest Lucas Benny Spencer Rodolfo Myron Edmund Garrett Salvatore Cedric Lowell
Gregg Sherman Wilson Sylvester Roosevelt Israel Jermaine Forrest Wilbert Leland Simon Clark
Irving Bryant Owen Rufus Woodrow Sammy Kristopher Mack Levi Marcos Gustavo Jake Lionel Ellis
Dallas Gilberto Clint Nicolas Laurence Ismael Orville Drew Ervin Dewey Al Wilfred Josh Hugo
Ignacio Caleb Tomas Sheldon Erick Stewart Doyle Darrel Rogelio Terence Santiago Alonzo Elias
Bert Elbert Ramiro Conrad Noah Grady Phil Cornelius Lamar Rolando Clay Percy Dexter Bradford
Darin Amos Terrell Moses Irvin Saul Roman Darnell Randal Timmy Darrin Winston Brendan Abel
Dominick Boyd Emilio Elijah Domingo Emmett Marlon Emanuel Jerald Edmond Emil Dewayne Will Otto
Teddy Reynaldo Bret Jess Trent Humberto Emmanuel Stephan Vicente Lamont Garland Miles Efrain
Logan Heath Rodger Harley Demetrius Ethan Eldon Rocky Pierre Junior Freddy Eli Bryce Antoine
Royce Sterling Chase Grover Elton Cleveland Dylan Chuck Damian Reuben Stan August Leonardo
Jasper Russel Erwin Benito Hans Monte Blaine Ernie Curt Quentin Agustin Murray Jamal Adolfo
Harrison Tyson Burton Brady Elliott Wilfredo Bart Jarrod Vance Denis Damien Joaquin Harlan
Desmond Elliot Darwin Gregorio Buddy Xavier Kermit Roscoe Esteban Anton Solomon Scotty Norbert
Elvin Williams Nolan Rod Quinton Hal Brain Rob Elwood Kendrick Darius Moises Marlin Fidel
Thaddeus Cliff Marcel Jackson Raphael Bryon Armand Alvaro Jeffry Dane Joesph Thurman Ned Rusty
Monty Rory Fabian Reggie Mason Graham Isaiah Vaughn Gus Avery Loyd Diego Adolph Norris Millard
Rocco Gonzalo Derick Rodrigo Wiley Rigoberto Alphonso Ty Rickie Noe Vern Reed Jefferson Elvis
Bernardo Mauricio Hiram Donovan Basil Riley Nickolas Maynard Scot Vince Quincy Eddy Sebastian
Federico Ulysses Heriberto Donnell Cole Denny Davis Gavin Emery Ward Romeo Jayson Dion Dante
Clement Coy Maxwell Jarvis Bruno Issac Dudley Brock Sanford Carmelo Barney Nestor Stefan Donny
Art Linwood Beau Weldon Galen Isidro Truman Delmar Johnathon Silas Frederic Dick Irwin Merlin
Charley Marcelino Harris Carlo Trenton Kurtis Hunter Aurelio Winfred Vito Collin Denver Carter
Leonel Emory Pasquale Mohammad Mariano Danial Landon Dirk Branden Adan Buford German Wilmer
Emerson Zachery Fletcher Jacques Errol Dalton Monroe Josue Edwardo Booker Wilford Sonny Shelton
Carson Theron Raymundo Daren Houston Robby Lincoln Genaro Bennett Octavio Cornell Hung Arron
Antony Herschel Giovanni Garth Cyrus Cyril Ronny Lon Freeman Duncan Kennith Carmine Erich
Chadwick Wilburn Russ Reid Myles Anderson Morton Jonas Forest Mitchel Mervin Zane Rich Jamel
Lazaro Alphonse Randell Major Jarrett Brooks Abdul Luciano Seymour Eugenio Mohammed Valentin
Chance Arnulfo Lucien Ferdinand Thad Ezra Aldo Rubin Royal Mitch Earle Abe Wyatt Marquis Lanny
Kareem Jamar Boris Isiah Emile Elmo Aron Leopoldo Everette Josef Eloy Rodrick Reinaldo Lucio
Jerrod Weston Hershel Barton Parker Lemuel Burt Jules Gil Eliseo Ahmad Nigel Efren Antwan Alden
Margarito Coleman Dino Osvaldo Les Deandre Normand Kieth Trey Norberto Napoleon Jerold Fritz
Rosendo Milford Christoper Alfonzo Lyman Josiah Brant Wilton Rico Jamaal Dewitt Brenton Olin
Foster Faustino Claudio Judson Gino Edgardo Alec Tanner Jarred Donn Tad Prince Porfirio Odis
Lenard Chauncey Tod Mel Marcelo Kory Augustus Keven Hilario Bud Sal Orval Mauro Zachariah Olen
Anibal Milo Jed Dillon Amado Newton Lenny Richie Horacio Brice Mohamed Delmer Dario Reyes Mac
Jonah Jerrold Robt Hank Rupert Rolland Kenton Damion Antone Waldo Fredric Bradly Kip Burl Walker
Tyree Jefferey Ahmed Willy Stanford Oren Noble Moshe Mikel Enoch Brendon Quintin Jamison
Florencio Darrick Tobias Hassan Giuseppe Demarcus Cletus Tyrell Lyndon Keenan Werner Geraldo
Columbus Chet Bertram Markus Huey Hilton Dwain Donte Tyron Omer Isaias Hipolito Fermin Adalberto
Bo Barrett Teodoro Mckinley Maximo Garfield Raleigh Lawerence Abram Rashad King Emmitt Daron
Samual Miquel Eusebio Domenic Darron Buster Wilber Renato Jc Hoyt Haywood Ezekiel Chas
Florentino Elroy Clemente Arden Neville Edison Deshawn Nathanial Jordon Danilo Claud Sherwood
Raymon Rayford Cristobal Ambrose Titus Hyman Felton Ezequiel Erasmo Stanton Lonny Len Ike Milan
Lino Jarod Herb Andreas Walton Rhett Palmer Douglass Cordell Oswaldo Ellsworth Virgilio Toney
Nathanael Del Benedict Mose Johnson Isreal Garret Fausto Asa Arlen Zack Warner Modesto Francesco
Manual Gaylord Gaston Filiberto Deangelo Michale Granville Wes Malik Zackary Tuan Eldridge
Cristopher Cortez Antione Malcom Long Korey Jospeh Colton Waylon Von Hosea Shad Santo Rudolf
Rolf Rey Renaldo Marcellus Lucius Kristofer Boyce Benton Hayden Harland Arnoldo Rueben Leandro
Kraig Jerrell Jeromy Hobert Cedrick Arlie Winford Wally Luigi Keneth Jacinto Graig Franklyn
Edmundo Sid Porter Leif Jeramy Buck Willian Vincenzo Shon Lynwood Jere Hai Elden Dorsey Darell
Broderick Alonso
"""
_FEMALE: Final = """
Mary Patricia Linda Barbara Elizabeth Jennifer Maria Susan Margaret Dorothy Lisa Nancy Karen
Betty Helen Sandra Donna Carol Ruth Sharon Michelle Laura Sarah Kimberly Deborah Jessica Shirley
Cynthia Angela Melissa Brenda Amy Anna Rebecca Virginia Kathleen Pamela Martha Debra Amanda
Stephanie Carolyn Christine Marie Janet Catherine Frances Ann Joyce Diane Alice Julie Heather
Teresa Doris Gloria Evelyn Cheryl Mildred Katherine Joan Ashley Judith Rose Janice Nicole Judy
Christina Kathy Theresa Beverly Denise Tammy Irene Jane Lori Rachel Marilyn Andrea Kathryn
Louise Sara Anne Jacqueline Wanda Bonnie Julia Ruby Lois Tina Phyllis Norma Paula Diana Annie
Lillian Emily Peggy Crystal Gladys Rita Dawn Connie Florence Edna Tiffany Carmen Rosa Cindy
Grace Wendy Victoria Edith Sherry Sylvia Josephine Thelma Sheila Ethel Ellen Elaine Marjorie
Carrie Charlotte Monica Esther Pauline Emma Juanita Anita Rhonda Hazel Amber Eva Debbie April
Clara Lucille Joanne Eleanor Valerie Danielle Megan Alicia Suzanne Michele Gail Bertha Darlene
Veronica Jill Erin Geraldine Lauren Cathy Joann Lorraine Sally Regina Erica Beatrice Dolores
Bernice Audrey Yvonne Annette June Samantha Ana Renee Ida Vivian Roberta Holly Brittany Melanie
Loretta Yolanda Jeanette Laurie Katie Kristen Vanessa Alma Sue Elsie Beth Jeanne Vicki Carla
Tara Rosemary Eileen Terri Gertrude Lucy Tonya Ella Wilma Gina Kristin Natalie Agnes Vera
Charlene Bessie Delores Melinda Pearl Arlene Maureen Colleen Allison Tamara Joy Georgia
Constance Lillie Claudia Marcia Tanya Nellie Minnie Marlene Heidi Glenda Lydia Viola Marian
Stella Caroline Dora Jo Vickie Mattie Maxine Irma Mabel Marsha Myrtle Lena Christy Deanna Patsy
Hilda Gwendolyn Jennie Nora Margie Nina Cassandra Leah Penny Kay Priscilla Naomi Carole Brandy
Olga Dianne Leona Jenny Felicia Sonia Miriam Velma Becky Violet Kristina Toni Misty Mae Shelly
Daisy Ramona Sherri Erika Katrina Claire Lindsay Geneva Belinda Margarita Sheryl Cora Faye Ada
Natasha Sabrina Isabel Marguerite Hattie Harriet Molly Cecilia Kristi Brandi Blanche Rosie
Joanna Iris Eunice Angie Inez Lynda Madeline Amelia Alberta Genevieve Monique Jodi Janie Maggie
Kayla Sonya Kristine Candace Fannie Maryann Opal Alison Yvette Melody Luz Susie Olivia Flora
Shelley Kristy Mamie Lula Lola Verna Beulah Antoinette Candice Juana Jeannette Pam Kelli Hannah
Bridget Karla Celia Latoya Patty Shelia Gayle Della Vicky Lynne Sheri Marianne Kara Jacquelyn
Erma Blanca Myra Leticia Krista Roxanne Angelica Robyn Adrienne Rosalie Alexandra Brooke Bethany
Sadie Bernadette Traci Kendra Jasmine Nichole Rachael Chelsea Mable Ernestine Muriel Marcella
Elena Krystal Angelina Nadine Kari Estelle Dianna Paulette Lora Mona Doreen Rosemarie Desiree
Hope Ginger Janis Betsy Christie Freda Mercedes Meredith Lynette Teri Cristina Eula Meghan
Sophia Eloise Rochelle Gretchen Cecelia Raquel Henrietta Alyssa Jana Gwen Jenna Tricia Olive
Tasha Silvia Elvira Delia Sophie Kate Patti Lorena Kellie Sonja Lila Lana Darla May Mindy Essie
Mandy Lorene Elsa Josefina Jeannie Miranda Dixie Lucia Marta Faith Lela Johanna Shari Camille
Tami Shawna Elisa Ebony Melba Ora Nettie Tabitha Winifred Kristie Marina Alisha Aimee Rena Myrna
Marla Tammie Latasha Bonita Patrice Ronda Sherrie Addie Francine Deloris Stacie Adriana Cheri
Abigail Celeste Cara Adele Rebekah Lucinda Dorthy Effie Trina Reba Sallie Aurora Lenora Etta
Lottie Kerri Trisha Nikki Estella Francisca Josie Tracie Marissa Karin Brittney Janelle Lourdes
Laurel Helene Fern Elva Corinne Kelsey Ina Bettie Elisabeth Aida Caitlin Ingrid Iva Eugenia
Christa Goldie Cassie Maude Jenifer Therese Dena Lorna Janette Latonya Candy Consuelo Tamika
Rosetta Debora Cherie Polly Dina Fay Jillian Dorothea Nell Trudy Esperanza Patrica Kimberley
Shanna Helena Carolina Stefanie Ola Janine Mollie Alisa Maribel Susanne Bette Susana Elise
Cecile Isabelle Jocelyn Paige Joni Rachelle Leola Daphne Alta Ester Petra Graciela Imogene
Jolene Keisha Lacey Glenna Gabriela Keri Ursula Lizzie Kirsten Shana Adeline Mayra Jayne Jaclyn
Gracie Sondra Carmela Marisa Rosalind Charity Tonia Beatriz Marisol Clarice Jeanine Sheena
Angeline Frieda Lily Shauna Millie Claudette Cathleen Angelia Gabrielle Autumn Katharine Summer
Jodie Staci Lea Christi Justine Elma Luella Margret Socorro Martina Margo Mavis Callie Bobbi
Maritza Lucile Leanne Jeannine Deana Aileen Lorie Ladonna Willa Manuela Selma Dolly Sybil Abby
Lara Ivy Winnie Marcy Luisa Jeri Magdalena Ofelia Meagan Audra Matilda Leila Cornelia Bianca
Simone Bettye Randi Virgie Latisha Barbra Georgina Eliza Leann Bridgette Rhoda Haley Adela Nola
Bernadine Flossie Ila Greta Ruthie Nelda Minerva Lilly Terrie Letha Hilary Estela Valarie
Brianna Rosalyn Earline Catalina Ava Mia Clarissa Lidia Corrine Alexandria Concepcion Tia
Sharron Rae Dona Ericka Jami Elnora Chandra Lenore Neva Marylou Melisa Tabatha Serena Avis Allie
Sofia Jeanie Odessa Nannie Harriett Loraine Penelope Milagros Emilia Benita Allyson Ashlee Tania
Esmeralda Karina Eve Pearlie Zelma Malinda Noreen Tameka Saundra Hillary Amie Althea Rosalinda
Lilia Alana Gay Clare Alejandra Elinor Lorrie Jerri Darcy Earnestine Carmella Noemi Marcie Liza
Annabelle Louisa Earlene Mallory Carlene Nita Selena Tanisha Katy Julianne Lakisha Edwina
Maricela Margery Kenya Dollie Roxie Roslyn Kathrine Nanette Charmaine Lavonne Ilene Tammi
Suzette Corine Kaye Chrystal Lina Deanne Lilian Juliana Aline Luann Maryanne Evangeline Colette
Melva Lawanda Yesenia Nadia Madge Kathie Ophelia Valeria Nona Mitzi Mari Georgette Claudine Fran
Alissa Roseann Lakeisha Susanna Reva Deidre Chasity Sheree Carly Elvia Alyce Deirdre Gena Briana
Araceli Katelyn Rosanne Wendi Tessa Berta Marva Imelda Marietta Marci Leonor Arline Sasha
Madelyn Janna Juliette Deena Aurelia Josefa Augusta Liliana Lessie Amalia Savannah Anastasia
Vilma Natalia Rosella Lynnette Corina Alfreda Leanna Amparo Coleen Tamra Aisha Wilda Karyn
Cherry Queen Maura Mai Evangelina Rosanna Hallie Erna Enid Mariana Juliet Jacklyn Freida
Madeleine Mara Hester Cathryn Lelia Casandra Bridgett Angelita Jannie Dionne Annmarie Katina
Beryl Phoebe Millicent Katheryn Diann Carissa Maryellen Liz Lauri Helga Gilda Rhea Marquita
Hollie Tisha Tamera Angelique Francesca Britney Kaitlin Lolita Florine Rowena Reyna Twila Fanny
Janell Ines Concetta Bertie Alba Brigitte Alyson Vonda Pansy Elba Noelle Letitia Kitty Deann
Brandie Louella Leta Felecia Sharlene Lesa Beverley Isabella Herminia Terra Celina Tori Octavia
Jade Denice Germaine Sierra Michell Cortney Nelly Doretha Deidra Monika Lashonda Judi Chelsey
Antionette Margot Adelaide Nan Leeann Dessie Libby Kathi Gayla Latanya Mina Mellisa Kimberlee
Jasmin Renae Zelda Elda Ma Justina Gussie Emilie Camilla Abbie Rocio Kaitlyn Edythe Ashleigh
Selina Lakesha Geri Allene Pamala Michaela Dayna Caryn Rosalia Sun Jacquline Rebeca Marybeth
Krystle Iola Dottie Belle Griselda Ernestina Elida Adrianne Demetria Delma Jaqueline Destiny
Arleen Virgina Retha Fatima Tillie Eleanore Cari Treva Birdie Wilhelmina Rosalee Maurine Latrice
Jena Taryn Elia Debby Maudie Jeanna Delilah Catrina Shonda Hortencia Theodora Teresita Robbin
Danette Maryjane Delphine Brianne Nilda Danna Cindi Bess Iona Hanna Winona Vida Rosita Marianna
Racheal Guillermina Eloisa Celestine Caren Malissa Lona Chantel Shellie Marisela Leora Agatha
Soledad Migdalia Ivette Christen Athena Janel Chloe Veda Pattie Tessie Tera Marilynn Lucretia
Karrie Dinah Daniela Alecia Adelina Vernice Shiela Portia Merry Lashawn Dara Tawana Oma Verda
Christin Alene Zella Sandi Rafaela Maya Kira Candida Alvina Suzan Shayla Lyn Lettie Samatha
Oralia Matilde Madonna Larissa Vesta Renita India Delois Shanda Phillis Lorri Erlinda Cathrine
Barb Zoe Isabell Ione Gisela Valencia Roxanna Mayme Kisha Ellie Mellissa Dorris Dalia Bella
Annetta Zoila Reta Reina Lauretta Kylie Christal Pilar Charla Elissa Tiffani Tana Paulina Leota
Breanna Jayme Carmel Vernell Tomasa Mandi Dominga Santa Melodie Lura Alexa Tamela Mirna Kerrie
Venus Felicita Cristy Carmelita Berniece Annemarie Tiara Roseanne Missy Cori Roxana Pricilla
Kristal Jung Elyse Haydee Aletha Bettina Marge Gillian Filomena Zenaida Harriette Caridad Vada
Una Aretha Pearline Marjory Marcela Flor Evette Elouise Alina Damaris Catharine Belva Nakia
Marlena Luanne Lorine Karon Dorene Danita Brenna Tatiana Louann Julianna Andria Philomena Lucila
Leonora Dovie Romona Mimi Jacquelin Gaye Tonja Misti Chastity Stacia Roxann Micaela Nikita Mei
Velda Marlys Johnna Aura Ivonne Hayley Nicki Majorie Herlinda Alpha Yadira Perla Gregoria
Antonette Shelli Mozelle Mariah Joelle Cordelia Josette Chiquita Trista Laquita Georgiana Candi
Shanon Hildegard Valentina Stephany Magda Karol Gabriella Tiana Roma Richelle Princess Oleta
Jacque Idella Alaina Suzanna Jovita Tosha Raven Nereida Marlyn Kyla Delfina Tena Stephenie
Sabina Nathalie Marcelle Gertie Darleen Thea Sharonda Shantel Belen Venessa Rosalina Ona
Genoveva Clementine Rosalba Renate Renata Mi Georgianna Floy Dorcas Ariana Tyra Theda Mariam
Juli Jesica Vikki Verla Roselyn Melvina Jannette Ginny Debrah Corrie Asia Violeta Myrtis
Latricia Collette Charleen Anissa Viviana Twyla Precious Nedra Latonia Lan Hellen Fabiola
Annamarie Adell Sharyn Chantal Niki Maud Lizette Lindy Kia Kesha Jeana Danelle Charline Chanel
Valorie Lia Dortha Cristal Sunny Leone Leilani Gerri Debi Andra Keshia Ima Eulalia Easter Dulce
Natividad Linnie Kami Georgie Catina Brook Alda Winnifred Sharla Ruthann Meaghan Magdalene
Lissette Adelaida Venita Trena Shirlene Shameka Elizebeth Dian Shanta Latosha Carlotta Windy
Soon Rosina Mariann Leisa Jonnie Dawna Cathie Astrid Laureen Janeen Holli Fawn Vickey Teressa
Shante Rubye Marcelina Chanda Terese Scarlett Marnie Lulu Lisette Jeniffer Elenor Dorinda Donita
Carman Bernita Altagracia Aleta Adrianna Zoraida Nicola Lyndsey Janina Chrissy Ami Starla Phylis
Phuong Kyra Charisse Blanch Sanjuanita Rona Nanci Marilee Maranda Brigette Sanjuana Marita
Kassandra Joycelyn Felipa Chelsie Bonny Mireya Lorenza Kyong Ileana Candelaria Sherie Ok Lucie
Leatrice Lakeshia Gerda Edie Bambi Marylin Lavon Hortense Garnet Evie Tressa Shayna Lavina Kyung
Jeanetta Sherrill Shara Phyliss Mittie Anabel Alesia Thuy Tawanda Joanie Tiffanie Lashanda
Karissa Enriqueta Daria Daniella Corinna Alanna Abbey Roxane Roseanna Magnolia Lida Joellen Era
Coral Carleen Tresa Peggie Novella Nila Maybelle Jenelle Carina Nova Melina Marquerite
Margarette Josephina Evonne Cinthia Albina Toya Tawnya Sherita Myriam Lizabeth Lise Keely Jenni
Giselle Cheryle Ardith Ardis Alesha Adriane Shaina Linnea Karolyn Florida Felisha Dori Darci
Artie Armida Zola Xiomara Vergie Shamika Nena Nannette Maxie Lovie Jeane Jaimie Inge Farrah
Elaina Caitlyn Starr Felicitas Cherly Caryl Yolonda Yasmin Teena Prudence Pennie Nydia Mackenzie
Orpha Marvel Lizbeth Laurette Jerrie Hermelinda Carolee Tierra Mirian Meta Melony Kori Jennette
Jamila Ena Anh Yoshiko Susannah Salina Rhiannon Joleen Cristine Ashton Aracely Tomeka Shalonda
Marti Lacie Kala Jada Ilse Hailey Brittani
"""
# Women's names borne by fewer than 0.004 % of women ("Jacinda", "Lu", "Reagan"); every
# man's name of the list is borne by more.
_FEMALE_RARE: Final = """
Zona Syble Sherryl Nidia Marlo Kandice Kandi Deb America Alycia Ronna Norene Mercy Ingeborg
Giovanna Gemma Christel Audry Zora Vita Trish Stephaine Shirlee Shanika Melonie Mazie Jazmin
Inga Hoa Hettie Geralyn Fonda Estrella Adella Su Sarita Rina Milissa Maribeth Golda Evon Ethelyn
Enedina Cherise Chana Velva Tawanna Sade Mirta Li Karie Jacinta Elna Davina Cierra Ashlie
Albertha Tanesha Stephani Nelle Mindi Lu Lorinda Larue Florene Demetra Dedra Ciara Chantelle
Ashly Suzy Rosalva Noelia Lyda Leatha Krystyna Kristan Karri Darline Darcie Cinda Cheyenne
Cherrie Awilda Almeda Rolanda Lanette Jerilyn Gisele Evalyn Cyndi Cleta Carin Zina Zena Velia
Tanika Charissa Talia Margarete Lavonda Kaylee Kathlene Jonna Irena Ilona Idalia Candis Candance
Brandee Anitra Alida Sigrid Nicolette Maryjo Linette Hedwig Christiana Cassidy Alexia Tressie
Modesta Lupita Lita Gladis Evelia Davida Cherri Cecily Ashely Annabel Agustina Wanita Shirly
Rosaura Hulda Eun Bailey Yetta Verona Thomasina Sibyl Shannan Mechelle Lue Leandra Lani Kylee
Kandy Jolynn Ferne Eboni Corene Alysia Zula Nada Moira Lyndsay Lorretta Jammie Hortensia Gaynell
Adria Vina Vicenta Tangela Stephine Norine Nella Liana Leslee Kimberely Iliana Glory Felica
Emogene Elfriede Eden Eartha Carma Bea Ocie Marry Lennie Kiara Jacalyn Carlota Arielle Yu Star
Otilia Kirstin Kacey Johnetta Joetta Jeraldine Jaunita Elana Dorthea Cami Amada Adelia Vernita
Tamar Siobhan Renea Rashida Ouida Nilsa Meryl Kristyn Julieta Danica Breanne Aurea Anglea
Sherron Odette Malia Lorelei Lin Leesa Kenna Kathlyn Fiona Charlette Suzie Shantell Sabra
Racquel Myong Mira Martine Lucienne Lavada Juliann Elvera Delphia Christiane Charolette Carri
Asha Angella Paola Ninfa Leda Lai Eda Sunshine Stefani Shanell Palma Machelle Lissa Kecia
Kathryne Karlene Julissa Jettie Jenniffer Hui Corrina Carolann Alena Tess Rosaria Myrtice
Marylee Liane Kenyatta Judie Janey In Elmira Eldora Denna Cristi Cathi Zaida Vonnie Viva Vernie
Rosaline Mariela Luciana Lesli Karan Felice Deneen Adina Wynona Tarsha Sheron Shasta Shanita
Shani Shandra Randa Pinkie Nelida Marilou Lyla Laurene Laci Joi Janene Dorotha Daniele Dani
Carolynn Carlyn Berenice Ayesha Anneliese Alethea Thersa Tamiko Rufina Oliva Mozell Marylyn
Madison Kristian Kathyrn Kasandra Kandace Janae Domenica Debbra Dannielle Chun Buffy Barbie
Arcelia Aja Zenobia Sharen Sharee Page My Lavinia Kum Kacie Jackeline Huong Felisa Emelia
Eleanora Cythia Cristin Claribel Caron Anastacia Zulma Zandra Yoko Tenisha Susann Sherilyn Shay
Shawanda Sabine Romana Mathilda Linsey Keiko Joana Isela Gretta Georgetta Eugenie Desirae Delora
Corazon Antonina Anika Willene Tracee Tamatha Regan Nichelle Mickie Maegan Luana Lanita Kelsie
Edelmira Bree Afton Teodora Tamie Shena Meg Linh Keli Kaci Danyelle Arlette Albertine Adelle
Tiffiny Stormy Simona Nicolasa Nichol Nia Nakisha Mee Maira Loreen Kizzy Fallon Christene Bobbye
Ying Vincenza Tanja Rubie Roni Queenie Margarett Kimberli Irmgard Idell Hilma Evelina Esta
Emilee Dennise Dania Carie Wai Risa Rikki Particia Mui Masako Luvenia Loree Loni Lien Gigi
Florencia Denita Billye Tomika Sharita Rana Nikole Neoma Margarite Madalyn Lucina Laila Kali
Jenette Gabriele Evelyne Elenora Clementina Alejandrina Zulema Violette Vannessa Thresa Retta
Pia Patience Noella Nickie Jonell Delta Chaya Camelia Bethel Anya Suzann Spring Shu Mila Lilla
Laverna Keesha Kattie Gia Georgene Eveline Estell Elizbeth Vivienne Vallie Trudie Stephane
Magaly Madie Kenyetta Karren Janetta Hermine Harmony Drucilla Debbi Celestina Candie Britni
Beckie Amina Zita Yun Yolande Vivien Vernetta Trudi Sommer Pearle Patrina Ossie Nicolle Loyce
Letty Larisa Katharina Joselyn Jonelle Jenell Iesha Heide Florinda Florentina Flo Elodia Dorine
Brunilda Brigid Ashli Ardella Twana Thu Tarah Shea Shavon Serina Rayna Ramonita Nga Margurite
Lucrecia Kourtney Kati Jesenia Diamond Crista Ayana Alica Alia Vinnie Suellen Romelia Rachell
Piper Olympia Michiko Kathaleen Jolie Jessi Janessa Hana Ha Elease Carletta Britany Shona Salome
Rosamond Regena Raina Ngoc Nelia Louvenia Lesia Latrina Laticia Larhonda Jina Jacki Holley Emmy
Deeann Coretta Arnetta Velvet Thalia Shanice Neta Mikki Micki Lonna Leana Lashunda Kiley Joye
Jacqulyn Ignacia Hyun Hiroko Henriette Elayne Delinda Dahlia Coreen Consuela Conchita Celine
Babette Ayanna Anette Albertina Skye Shawnee Shaneka Quiana Pamelia Min Merri Merlene Margit
Kiesha Kiera Kaylene Jodee Jenise Erlene Emmie Else Dalila Daisey Casie Belia Babara Versie
Vanesa Shelba Shawnda Nikia Naoma Marna Margeret Madaline Lawana Kindra Jutta Jazmine Janett
Hannelore Glendora Gertrud Garnett Freeda Frederica Florance Flavia Carline Beverlee Anjanette
Valda Trinity Tamala Shonna Sha Sarina Oneida Merilyn Marleen Lurline Lenna Katherin Jin Jeni
Hae Gracia Glady Farah Enola Ema Dominque Devona Delana Cecila Caprice Alysha Alethia Vena
Theresia Tawny Song Shakira Samara Sachiko Rachele Pamella Marni Mariel Maren Malisa Ligia Lera
Latoria Larae Kimber Kathern Karey Jennefer Janeth Halina Fredia Delisa Debroah Ciera Chin
Angelika Andree Altha Yen Vivan Terresa Tanna Suk Sudie Soo Signe Salena Ronni Rebbecca Myrtie
Mckenzie Malika Maida Loan Leonarda Kayleigh France Ethyl Ellyn Dayle Cammie Brittni Birgit
Avelina Asuncion Arianna Akiko Venice Tyesha Tonie Tiesha Takisha Steffanie Sindy Santana
Meghann Manda Macie Lady Kellye Kellee Joslyn Inger Indira Glinda Glennis Fernanda Faustina
Eneida Elicia Dot Digna Dell Arletta Willia Tammara Tabetha Sherrell Sari Rebbeca Pauletta
Nieves Natosha Nakita Mammie Kenisha Kazuko Kassie Earlean Daphine Corliss Clotilde Carolyne
Bernetta Augustina Audrea Annis Annabell Yan Tennille Tamica Selene Rosana Regenia Qiana Markita
Macy Leeanne Laurine Kym Jessenia Janita Georgine Genie Emiko Elvie Deandra Dagmar Corie Collen
Cherish Romaine Porsha Pearlene Micheline Merna Margorie Margaretta Lore Jenine Hermina
Fredericka Elke Drusilla Dorathy Dione Desire Celena Brigida Angeles Allegra Tamekia Synthia
Sook Slyvia Rosann Reatha Raye Marquetta Margart Ling Layla Kymberly Kiana Kayleen Katlyn Karmen
Joella Irina Emelda Eleni Detra Clemmie Cheryll Chantell Cathey Arnita Arla Angle Angelic Alyse
Zofia Thomasine Tennie Sherly Sherley Sharyl Remedios Petrina Nickole Myung Myrle Mozella
Louanne Lisha Latia Krysta Julienne Jeanene Jacqualine Isaura Gwenda Earleen Cleopatra Carlie
Audie Antonietta Alise Verdell Tomoko Thao Talisha So Shemika Scarlet Savanna Santina Rosia
Raeann Odilia Nana Minna Magan Lynelle Le Karma Joeann Ivana Inell Ilana Hye Honey Hee Gudrun
Dreama Crissy Chante Carmelina Arvilla Annamae Alvera Aleida Yee Yanira Vanda Tianna Tam
Stefania Shira Nicol Nancie Monserrate Melynda Melany Lovella Laure Kacy Jacquelynn Hyon Gertha
Eliana Christena Christeen Charise Caterina Carley Candyce Arlena Ammie Yang Willette Vanita
Tuyet Tiny Syreeta Silva Penney Nyla Maryam Marya Magen Ludie Loma Livia Lanell Kimberlie Julee
Donetta Diedra Denisha Deane Dawne Clarine Cherryl Bronwyn Alla Valery Tonda Sueann Soraya
Shoshana Shela Sharleen Shanelle Nerissa Meridith Mellie Maye Maple Magaret Lili Leonila Leonie
Leeanna Lavonia Lavera Kristel Kathey Kathe Jann Ilda Hildred Hildegarde Genia Fumiko Evelin
Ermelinda Elly Dung Doloris Dionna Danae Berneice Annice Alix Verena Verdie Shawnna Shawana
Shaunna Rozella Randee Ranae Milagro Lynell Luise Loida Lisbeth Karleen Junita Jona Isis
Hyacinth Hedy Gwenn Ethelene Erline Donya Domonique Delicia Dannette Cicely Branda Blythe
Bethann Ashlyn Annalee Alline Yuko Vella Trang Towanda Tesha Sherlyn Narcisa Miguelina Meri
Maybell Marlana Marguerita Madlyn Luna Lory Loriann Liberty Leonore Leighann Laurice Latesha
Laronda Katrice Kasie Kaley Jadwiga Glennie Gearldine Francina Epifania Dyan Dorie Diedre Denese
Demetrice Delena Darby Cristie Cleora Catarina Carisa Barbera Almeta Trula Tereasa Solange
Sheilah Shavonne Sanora Rochell Mathilde Margareta Maia Lynsey Lawanna Launa Kena Keena Katia
Glynda Gaylene Elvina Elanor Danuta Danika Cristen Cordie Coletta Clarita Carmon Brynn Azucena
Aundrea Angele Yi Verlie Verlene Tamesha Silvana Sebrina Samira Reda Raylene Penni Pandora Norah
Noma Mireille Melissia Maryalice Laraine Kimbery Karyl Karine Kam Jolanda Johana Jesusa Jaleesa
Jacquelyne Irish Iluminada Hilaria Hanh Gennie Francie Floretta Exie Edda Drema Delpha Bev
Barbar Assunta Ardell Annalisa Alisia Yukiko Yolando Wonda Wei Waltraud Veta Tequila Temeka
Tameika Shirleen Shenita Piedad Ozella Mirtha Marilu Kimiko Juliane Jenice Jen Janay Jacquiline
Hilde Fe Fae Elois Echo Devorah Chau Brinda Betsey Arminda Aracelis Apryl Annett Alishia Veola
Usha Toshiko Theola Tashia Talitha Shery Renetta Reiko Rasheeda Omega Obdulia Mika Melaine
Meggan Marlen Marget Marceline Mana Magdalen Librada Lezlie Lexie Latashia Lasandra Kelle Isidra
Isa Inocencia Gwyn Francoise Erminia Erinn Dimple Devora Criselda Armanda Arie Ariane Angelena
Aliza Adriene Adaline Xochitl Twanna Tran Tomiko Tamisha Taisha Susy Siu Rutha Roxy Rhona Noriko
Natashia Merrie Marinda Mariko Margert Loris Lizzette Leisha Kaila Ka Joannie Jerrica Jene
Jannet Janee Jacinda Herta Elenore Doretta Delaine Daniell Claudie China Britta Apolonia Amberly
Alease Yuri Yuk Wen Waneta Ute Tomi Sharri Sandie Roselle Reynalda Raguel Phylicia Patria
Olimpia Odelia Mitzie Miss Minda Mignon Mica Mendy Marivel Maile Lynetta Lavette Lauryn Latrisha
Lakiesha Kiersten Kary Josphine Jolyn Jetta Janise Jacquie Ivelisse Glynis Gianna Gaynelle
Emerald Danyell Danille Dacia Coralee Cher Ceola Bell Arianne Aleshia Yung Williemae Trinh Thora
Tai Svetlana Sherika Shemeka Shaunda Roseline Ricki Melda Mallie Lavonna Latina Laquanda Lala
Lachelle Klara Kandis Johna Jeanmarie Jaye Hang Grayce Gertude Emerita Ebonie Clorinda Ching
Chery Carola Breann Blossom Bernardine Becki Arletha Argelia Ara Alita Yulanda Yon Yessenia Tobi
Tasia Sylvie Shirl Shirely Sheridan Shella Shantelle Sacha Rebecka Reagan Providencia Paulene
Misha Miki Marline Marica Lorita Latoyia Lasonya Kerstin Kenda Keitha Kathrin Jaymie Gricelda
Ginette Eryn Elina Elfrieda Danyel Cheree Chanelle Barrie Aurore Annamaria Alleen Ailene Aide
Yasmine Vashti Treasa Tiffaney Sheryll Sharie Shanae Sau Raisa Pa Neda Mitsuko Mirella Milda
Maryanna Maragret Mabelle Luetta Lorina Letisha Latarsha Lanelle Lajuana Krissy Karly Karena
Jessika Jerica Jeanelle January Jalisa Jacelyn Izola Ivey Euna Etha Domitila Dominica Daina
Creola Carli Camie Bunny Brittny Ashanti Anisha Aleen Adah Yasuko Winter Viki Valrie Tona
Tinisha Thi Terisa Tatum Taneka Simonne Shalanda Serita Ressie Refugia Paz Olene Na Margherita
Mandie Maire Lyndia Luci Lorriane Loreta Leonia Lavona Lashawnda Lakia Kyoko Krystina Krysten
Kenia Kelsi Jeanice Isobel Georgiann Genny Felicidad Eilene Deloise Deedee Conception Clora
Cherilyn Calandra Armandina Anisa Ula Tiera Theressa Stephania Sima Shyla Shonta Shera Shaquita
Shala Rossana Nohemi Nery Moriah Melita Melida Melani Marylynn Marisha Mariette Malorie Madelene
Ludivina Loria Lorette Loralee Lianne Lavenia Laurinda Lashon Kit Kimi Keila Katelynn Kai Jone
Joane Ji Jayna Janella Ja Hue Hertha Francene Elinore Despina Delsie Deedra Clemencia Carry
Carolin Bulah Brittanie Bok Blondell Bibi Beaulah Beata Annita Agripina Virgen Valene Un Twanda
Tommye Toi Tarra Tari Tammera Shakia Sadye Ruthanne Rochel Rivka Pura Nenita Natisha Ming
Merrilee Melodee Marvis Lucilla Leena Laveta Larita Lanie Keren Ileen Georgeann Genna Genesis
Frida Ewa Eufemia Emely Ela Edyth Deonna Deadra Darlena Chanell Chan Cathern Cassondra
Cassaundra Bernarda Berna Arlinda Anamaria Vertie Valeri Torri Tatyana Stasia Sherise Sherill
Season Sanda Ruthe Rosy Robbi Ranee Quyen Pearly Palmira Onita Nisha Niesha Nida Nevada Nam
Merlyn Mayola Marylouise Maryland Marx Marth Margene Madelaine Londa Leontine Leoma Leia
Lauralee Lanora Lakita Kiyoko Keturah Katelin Kareen Jonie Johnette Jenee Jeanett Izetta Hiedi
Heike Hassie Giuseppina Georgann Fidela Fernande Elwanda Ellamae Eliz Dusti Dotty Cyndy Coralie
Celesta Argentina Alverta Xenia Wava Vanetta Torrie Tashina Tandy Tambra Tama Stepanie Shila
Shaunta Sharan Shaniqua Shae Setsuko Serafina Sandee Rosamaria Priscila Olinda Nadene Muoi
Michelina Mercedez Maryrose Marin Marcene Mao Magali Mafalda Linn Lannie Kayce Karoline Kamilah
Kamala Justa Joline Jennine Jacquetta Iraida Georgeanna Franchesca Fairy Emeline Elane Ehtel
Earlie Dulcie Dalene Cris Classie Chere Charis Caroyln Carmina Carita Bethanie Ayako Arica An
Alysa Alessandra Akilah Adrien Zetta Youlanda Yelena Yahaira Xuan Wendolyn Tijuana Terina
Teresia Suzi Sunday Sherell Shavonda Shaunte Sharda Shakita Sena Ryann Rubi Riva Reginia Rea
Rachal Parthenia Pamula Monnie Monet Michaele Melia Marine Malka Maisha Lisandra Lekisha Lean
Lakendra Krystin Kortney Kizzie Kittie Kera Kendal Kemberly Kanisha Julene Jule Johanne Jamee
Han Halley Gidget Galina Fredricka Fleta Fatimah Eusebia Elza Eleonore Dorthey Doria Donella
Dinorah Delorse Claretha Christinia Charlyn Bong Belkis Azzie Andera Aiko Adena Yer Yajaira Wan
Vania Ulrike Toshia Tifany Stefany Shizue Shenika Shawanna Sharolyn Sharilyn Shaquana Shantay
See Rozanne Roselee Remona Reanna Raelene Phung Petronila Natacha Nancey Myrl Miyoko Miesha
Merideth Marvella Marquitta Marhta Marchelle Lizeth Libbie Lahoma Ladawn Kina Katheleen Katharyn
Karisa Kaleigh Junie Julieann Johnsie Janean Jaimee Jackqueline Hisako Herma Helaine Gwyneth
Gita Eustolia Emelina Elin Edris Donnette Donnetta Dierdre Denae Darcel Clarisa Cinderella Chia
Charlesetta Charita Celsa Cassy Cassi Carlee Bruna Brittaney Brande Billi Bao Antonetta Angla
Angelyn Analisa Alane Wenona Wendie Veronique Vannesa Tobie Tempie Sumiko Sulema Sparkle Somer
Sheba Sharice Shanel Shalon Sage Rosio Roselia Renay Rema Reena Porsche Ping Peg Ozie Oretha
Oralee Oda Nu Ngan Nakesha Milly Marybelle Maris Margrett Maragaret Manie Lurlene Lillia
Lieselotte Lavelle Lashaunda Lakeesha Kaycee Kalyn Joya Joette Jenae Janiece Illa Grisel Glayds
Genevie Gala Fredda Eleonor Debera Deandrea Corrinne Cordia Contessa Colene Cleotilde Charlott
Chantay Cecille Beatris Azalee Arlean Ardath Anjelica Anja Alfredia Aleisha Zada Yuonne Xiao
Willodean Whitley Vennie Vanna Tyisha Tova Torie Tonisha Tilda Tien Temple Sirena Sherril Shanti
Shan Senaida Samella Robbyn Renda Reita Phebe Paulita Nobuko Nguyet Neomi Moon Mikaela Melania
Maximina Marg Maisie Lynna Lilli Layne Lashaun Lakenya Lael Kirstie Kathline Kasha Karlyn Karima
Jovan Josefine Jennell Jacqui Jackelyn Hyo Hien Grazyna Florrie Floria Eleonora Dwana Dorla
Delmy Deja Dede Dann Crysta Clelia Claris Chieko Cherlyn Cherelle Charmain Chara Cammy Bee
Arnette Ardelle Annika Amiee Amee Allena Yvone Yuki Yoshie Yevette Yael Willetta Voncile Venetta
Tula Tonette Timika Temika Telma Teisha Taren Ta Stacee Shin Shawnta Saturnina Ricarda Pok Pasty
Onie Nubia Mora Marielle Mariella Marianela Mardell Many Luanna Loise Lisabeth Lindsy Lilliana
Lilliam Lelah Leigha Leanora Lang Kristeen Khalilah Keeley Kandra Junko Joaquina Jerlene Jani
Jamika Hsiu Hermila Golden Genevive Evia Eugena Emmaline Elfreda Elene Donette Delcie Deeanna
Darcey Cuc Clarinda Cira Chae Celinda Catheryn Catherin Casimira Carmelia Camellia Breana
Bobette Bernardina Bebe Basilia Arlyne Amal Alayna Zonia Zenia Yuriko Yaeko Wynell Willow
Willena Vernia Tu Tora Terrilyn Terica Tenesha Tawna Tajuana Taina Stephnie Sona Sina Shondra
Shizuko Sherlene Sherice Sharika Rossie Rosena Rima Ria Rheba Renna Natalya Nancee Melodi Meda
Maxima Matha Marketta Maricruz Marcelene Malvina Luba Louetta Leida Lecia Lauran Lashawna Laine
Khadijah Katerine Kasi Kallie Julietta Jesusita Jestine Jessia Jeffie Janyce Isadora Georgianne
Fidelia Evita Eura Eulah Estefana Elsy Elizabet Eladia Dodie Dia Denisse Deloras Delila Daysi
Dakota Crystle Concha Claretta Chu Christia Charlsie Charlena Carylon Bettyann Asley Ashlea
Amira Ai Agueda Agnus Yuette Vinita Victorina Tynisha Treena Toccara Tish Thomasena Tegan Soila
Shiloh Shenna Sharmaine Shantae Shandi September Saran Sarai Sana Salley Rosette Rolande Regine
Otelia Olevia Nicholle Necole Naida Myrta Myesha Mitsue Minta Mertie Margy Mahalia Madalene Love
Loura Lorean Lesha Leonida Lenita Lavone Lashell Lashandra Lamonica Kimbra Katherina Karry
Kanesha Jong Jeneva Jaquelyn Hwa Gilma Ghislaine Gertrudis Fransisca Fermina Ettie Etsuko Ellan
Elidia Edra Dorethea Doreatha Denyse Deetta Daine Cyrstal Corrin Cayla Carlita Camila Burma Bula
Buena Barabara Avril Alaine Zana Wilhemina Wanetta Vi Veronika Verline Vasiliki Tonita Tisa
Teofila Tayna Taunya Tandra Takako Sunni Suanne Sixta Sharell Seema Rosenda Robena Raymonde Pei
Pamila Ozell Neida Neely Mistie Micha Merissa Maurita Maryln Maryetta Marcell Malena Makeda
Maddie Lovetta Lourie Lorrine Lorilee Laurena Lashay Larraine Laree Lacresha Kristle Krishna
Keva Keira Karole Joie Jinny Jeannetta Jama Heidy Gilberte Gema Faviola Evelynn Enda Elli Ellena
Divina Dagny Collene Codi Cindie Chassidy Chasidy Catrice Catherina Cassey Caroll Carlena Candra
Calista Bryanna Britteny Beula Bari Audrie Audria Ardelia Annelle Angila Alona Allyn
"""
# On both lists with neither frequency ten times the other ("Jordan", "Kelly", "Kim").
_EITHER: Final = """
Terry Willie Shawn Chris Lee Francis Angel Leslie Adrian Jamie Jessie Christian Kelly Jimmie
Jordan Jaime Casey Johnnie Marion Tracy Rene Freddie Jackie Dana Donnie Shannon Lynn Kerry Jean
Ira Bennie Robin Loren Noel Devin Kim Guadalupe Carroll Marty Taylor Jody Frankie Pat Merle
Tommie Toby Van Courtney Jan Cary Santos Aubrey Morgan Louie Stacy Micah Billie Robbie Kendall
Mickey Devon Carey Son Ali Sammie Michel Kris Alexis Gerry Stacey Shelby Bobbie Ollie Odell
Colby Hollis Kirby Cruz Merrill Lane Cleo Blair Numbers Clair Bernie Dominique Tristan Jame Gale
Laverne Alva Stevie Augustine Young Johnie Ariel Dusty Lindsey Tracey Scottie Sandy Sydney
Dorian Lavern Refugio Ivory Sang Deon Yong Berry Trinidad Chang Rosario Dannie Thanh Tory Lupe
Dee Sung Chi Quinn Minh Theo Lou Chung Valentine Jamey Whitney Sol Chong Paris Otha Lacy Dong
Antonia Kelley Carrol Shayne Val Jude Britt Hong Leigh Jae Nicky Lesley Man Kasey Jewell Elisha
Michal Jewel
"""

MALE_NAMES: Final[frozenset[str]] = frozenset(_MALE.split())
RARE_NAMES: Final[frozenset[str]] = frozenset(_FEMALE_RARE.split())
FEMALE_NAMES: Final[frozenset[str]] = frozenset(_FEMALE.split()) | RARE_NAMES
GIVEN_NAMES: Final[frozenset[str]] = MALE_NAMES | FEMALE_NAMES | frozenset(_EITHER.split())
