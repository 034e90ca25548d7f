"""Words written only with a capital, from Debian's American English word list.

Written by ``scripts/proper_nouns.py``; do not edit by hand.
"""

from __future__ import annotations

WORDS = """
AAA ABC ABCs ABM ABMs ACLU ACTH AFAIK AFC AIs AMA AMD ANSI ANSIs ANZUS AOL API APO ASAP ASCII
ASCIIs ASL ASPCA ATM ATP ATV AWACS AWS AZT Aachen Aaliyah Aaron Abbas Abbasid Abbott Abby Abdul
Abe Abel Abelard Abelson Aberdeen Abernathy Abidjan Abigail Abilene Abner Abraham Abram Abrams
Absalom Abuja Abyssinia Abyssinian Acadia Acapulco Accenture Accra Acevedo Achaean Achebe
Achernar Acheson Achilles Aconcagua Acosta Acropolis Acrux Actaeon Acton Acuff Ada Adam Adams
Adan Adana Adar Adas Addams Adderley Addie Addison Adela Adelaide Adele Adeline Aden Adenauer
Adhara Adidas Adirondack Adirondacks Adkins Adler Adolf Adolfo Adolph Adonis Adonises Adrian
Adriana Adriatic Adrienne Adventist Advil Aegean Aelfric Aeneas Aeneid Aeolus Aeroflot Aeschylus
Aesculapius Aesop Afghani Afghanistan Africa African Africans Afrikaans Afrikaner Afrikaners
Afro Afrocentrism Afros Agamemnon Agassi Agassiz Agatha Aggie Aglaia Agnes Agnew Agni Agra
Agricola Agrippa Agrippina Aguadilla Aguilar Aguinaldo Aguirre Agustin Ahab Ahmad Ahmadabad
Ahmadinejad Ahmed Ahriman Aida Aiken Aileen Aimee Ainu Airedale Airedales Aires Aisha Ajax Akbar
Akhmatova Akihito Akita Akiva Akkad Akron Ala Alabama Alabaman Alabamans Alabamian Alabamians
Aladdin Alamo Alamogordo Alan Alana Alar Alaric Alaska Alaskan Alaskans Alba Albania Albanian
Albanians Albany Albee Alberio Albert Alberta Alberto Albigensian Albion Albireo Albuquerque
Alcatraz Alcestis Alcibiades Alcindor Alcmena Alcoa Alcott Alcuin Alcyone Aldan Aldebaran Alden
Alderamin Aldo Aldrin Alec Aleichem Alejandra Alejandro Alembert Aleppo Aleut Aleutian Alex
Alexander Alexandra Alexandria Alexei Alexis Alfonso Alfonzo Alford Alfred Alfreda Alfredo
Algenib Alger Algeria Algerian Algerians Algieba Algiers Algol Algonquian Algonquians Algonquin
Alhambra Alhena Ali Alice Alicia Alighieri Alioth Alisa Alisha Alison Alissa Alistair Alkaid
Allah Allahabad Allan Alleghenies Allegheny Allegra Allen Allende Allentown Allie Allison
Allstate Allyson Alma Almach Almaty Almohad Almoravid Alnilam Alnitak Alonzo Alpert Alphard
Alphecca Alpheratz Alphonse Alphonso Alpo Alps Alsace Alsatian Alsop Alston Alta Altaba Altai
Altaic Altair Altamira Althea Altiplano Altman Altoids Alton Altoona Aludra Alva Alvarado
Alvarez Alvaro Alvin Alyce Alyson Alyssa Alzheimer Amadeus Amado Amalia Amanda Amarillo Amaru
Amaterasu Amati Amelia Amenhotep Amerasian America American Americana Americanism Americanisms
Americanization Americanizations Americanize Americanized Americanizes Americanizing Americans
Americas Amerind Amerindian Amerindians Amerinds Ames Ameslan Amgen Amharic Amherst Amie Amiga
Amish Amman Amoco Amos Amparo Amritsar Amsterdam Amtrak Amundsen Amur Amway Amy Ana Anabaptist
Anabel Anacin Anacreon Anaheim Analects Ananias Anasazi Anastasia Anatole Anatolia Anatolian
Anaxagoras Andalusia Andalusian Andaman Andean Andersen Anderson Andes Andorra Andre Andrea
Andrei Andres Andretti Andrew Andrews Andrianampoinimerina Andromache Andromeda Andropov Andy
Angara Angela Angeles Angelia Angelica Angelico Angelina Angeline Angelique Angelita Angelo
Angelou Angevin Angie Angkor Angleton Anglia Anglican Anglicanism Anglicanisms Anglicans
Anglicize Anglo Anglophile Angola Angolan Angolans Anguilla Angus Aniakchak Anibal Anita Ankara
Ann Anna Annabel Annabelle Annam Annapolis Annapurna Anne Annette Annie Anniston Annmarie
Anouilh Anselm Anselmo Anshan Antaeus Antananarivo Antarctica Antares Anthony Anthropocene
Antichrist Antichrists Antietam Antifa Antigone Antigua Antilles Antioch Antipas Antofagasta
Antoine Antoinette Anton Antone Antonia Antoninus Antonio Antonius Antony Antwan Antwerp Anubis
Anzac Apache Apaches Apalachicola Apatosaurus Apennines Aphrodite Apia Apocrypha Apollinaire
Apollo Apollonian Apollos Appalachia Appalachian Appalachians Appaloosa Appleseed Appleton
Appomattox Apr April Aprils Apuleius Aquafresh Aquarius Aquariuses Aquila Aquinas Aquino
Aquitaine Ara Arab Arabia Arabian Arabians Arabic Arabs Araby Araceli Arafat Araguaya Aral
Aramaic Aramco Arapaho Ararat Araucanian Arawak Arawakan Arbitron Arcadia Arcadian Archean
Archibald Archie Archimedes Arcturus Arden Arduino Arecibo Arequipa Argentina Argentine
Argentinian Argentinians Argo Argonaut Argonne Argos Argus Ariadne Arianism Ariel Aries Arieses
Ariosto Aristarchus Aristides Aristophanes Aristotelian Aristotle Arius Ariz Arizona Arizonan
Arizonans Arizonian Arizonians Arjuna Arkansan Arkansas Arkhangelsk Arkwright Arlene Arline
Arlington Armageddon Armageddons Armagnac Armand Armando Armani Armenia Armenian Armenians
Arminius Armonk Armour Armstrong Arneb Arnhem Arno Arnold Arnulfo Aron Arrhenius Arron
Artaxerxes Artemis Arthur Arthurian Artie Arturo Aruba Aryan Aryans Asama Ascella Asgard Ashanti
Ashcroft Ashe Asheville Ashikaga Ashkenazim Ashkhabad Ashlee Ashley Ashmolean Ashurbanipal Asia
Asiago Asian Asians Asiatic Asiatics Asimov Asmara Asoka Aspell Asperger Aspidiske Asquith Assad
Assam Assamese Assisi Assyria Assyrian Assyrians Astaire Astana Astarte Aston Astor Astoria
AstroTurf Asturias Asunción Aswan Atacama Atahualpa Atalanta Atari Atascadero Atatürk Athabasca
Athabascan Athena Athenian Athenians Athens Atkins Atkinson Atlanta Atlantes Atlantic Atlantis
Atman Atreus Atropos Ats Attica Attila Attlee Attucks Atwood Aubrey Auckland Auden Audi Audion
Audra Audrey Audubon Aug Augean Augsburg Augusta Augustan Augustine Augusts Augustus Aurangzeb
Aurelia Aurelio Aurelius Aureomycin Auriga Aurora Auschwitz Aussie Aussies Austen Austerlitz
Austin Austins Australasia Australia Australian Australians Australoid Australopithecus Austria
Austrian Austrians Austronesian Ava Avalon Ave Aventine Avernus Averroes Avery Avesta Avicenna
Avignon Avila Avior Avis Avogadro Avon Avondale Axum Ayala Ayers Aymara Ayrshire Ayurveda
Ayyubid Azana Azania Azazel Azerbaijan Azerbaijani Azores Azov Aztec Aztecan Aztecs Aztlan BBB
BBC BBQ BBS BBSes BFF BITNET BLT BLTs BMW BSD BSDs BTW BYOB Baal Baath Baathist Babar Babbage
Babbitt Babur Babylon Babylonian Babylons Bacall Bacardi Bacchanalia Bacchus Bach Backus Bactria
Baden Baedeker Baez Baffin Baggies Baghdad Baguio Bahama Bahamas Bahamian Bahamians Bahia
Bahrain Baidu Baikal Bailey Baird Bakelite Bakersfield Baku Bakunin Balanchine Balaton Balboa
Baldwin Balearic Balfour Bali Balinese Balkan Balkans Balkhash Ballard Balthazar Baltic
Baltimore Baluchistan Balzac Bamako Bambi Banach Bancroft Bandung Bangalore Bangkok Bangladesh
Bangladeshi Bangladeshis Bangor Bangui Banjarmasin Banjul Banneker Banting Bantu Bantus Baotou
Baptiste Barabbas Barack Barbadian Barbadians Barbados Barbara Barbarella Barbarossa Barbary
Barbie Barbour Barbra Barbuda Barcelona Barceloneta Barclay Bardeen Barents Barkley Barlow
Barnabas Barnaby Barnard Barnaul Barnes Barnett Barnum Baroda Barquisimeto Barr Barranquilla
Barrera Barrett Barrie Barron Barry Barrymore Bart Barth Bartholdi Bartholomew Bartlett Barton
Bartók Baruch Baryshnikov Basel Basho Basie Basque Basques Basra Basseterre Bastille Bataan
Bathsheba Batista Batman Batu Baudelaire Baudouin Bauer Bauhaus Baum Bavaria Bavarian Baxter
Bayer Bayes Bayesian Bayeux Baylor Bayonne Bayreuth Baywatch Beadle Beardmore Beardsley
Bearnaise Beasley Beatlemania Beatles Beatrice Beatrix Beatriz Beaufort Beaujolais Beaumarchais
Beaumont Beauregard Beauvoir Bechtel Becker Becket Beckett Beckley Becky Becquerel Bede Bedouin
Bedouins Beebe Beecher Beefaroni Beelzebub Beerbohm Beethoven Beeton Behan Behring Beiderbecke
Beijing Beirut Bekesy Bela Belarus Belau Belem Belfast Belgian Belgians Belgium Belgrade Belinda
Belize Bella Bellamy Bellatrix Belleek Bellingham Bellini Belmont Belmopan Beloit Belshazzar
Beltane Belushi Ben Benacerraf Benares Benchley Bendix Benedict Benedictine Benelux Benet
Benetton Bengal Bengali Benghazi Benin Benita Benito Benjamin Bennett Bennie Benny Benson
Bentham Bentley Benton Benz Benzedrine Beowulf Berber Berbers Berenice Beretta Bergen Berger
Bergerac Bergman Bergson Beria Bering Berkeley Berkshire Berkshires Berle Berlin Berliner
Berlins Berlioz Berlitz Bermuda Bermudas Bern Bernadette Bernadine Bernanke Bernard Bernardo
Bernays Bernbach Berne Bernhardt Bernice Bernie Bernini Bernoulli Bernstein Berra Bert Berta
Bertelsmann Bertha Bertie Bertillon Bertram Bertrand Berwick Berzelius Bess Bessel Bessemer
Bessie Betelgeuse Beth Bethany Bethe Bethesda Bethlehem Bethune Betsy Bette Bettie Betty Bettye
Beulah Beverley Beverly Beyer Bhopal Bhutan Bhutto Bialystok Bianca Bic Biddle Biden Bierce
BigQuery Bigfoot Biggles Biko Bilbao Bilbo Billie Bimini Binghamton Biogen Bioko Birdseye
Birkenstock Birmingham Biro Biscay Biscayne Bishkek Bismarck Bismark Bisquick Bissau BitTorrent
Bizet Bjerknes Bjork Blackbeard Blackburn Blackfoot Blacksburg Blackshirt Blackstone Blackwell
Blaine Blair Blake Blanca Blanchard Blanche Blankenship Blantyre Blatz Blavatsky Blenheim
Blevins Bligh Bloch Bloemfontein Blondel Blondie Bloomfield Bloomingdale Bloomington Bloomsburg
Bloomsbury Blu Blucher Bluebeard Bluetooth Blythe Bobbi Bobbie Bobbitt Boccaccio Bodhidharma
Bodhisattva Boeing Boeotia Boeotian Boer Boers Boethius Bogart Bogotá Bohemia Bohr Boise
Bojangles Boleyn Bolivar Bolivia Bolivian Bolivians Bollywood Bolshevik Bolsheviks Bolshevism
Bolshevist Bolshoi Bolton Boltzmann Bombay Bonaparte Bonaventure Bonhoeffer Boniface Bonita Bonn
Bonner Bonneville Bono Booker Boole Boolean Boone Bordeaux Borden Bordon Boreas Borg Borges
Borgia Borglum Borgs Boris Bork Borlaug Borneo Borobudur Borodin Boru Bosch Bose Bosnia Bosporus
Boston Bostonian Bostons Boswell Botox Botswana Botticelli Boulez Bourbaki Bournemouth Bovary
Bowditch Bowell Bowen Bowery Bowie Boyd Boyer Boyle Boötes Bradbury Braddock Bradenton Bradford
Bradley Bradly Bradshaw Bradstreet Brady Bragg Brahe Brahma Brahmagupta Brahman Brahmanism
Brahmanisms Brahmans Brahmaputra Brahmas Brahmin Brahmins Brahms Brailles Brampton Brandeis
Branden Brandenburg Brandi Brandie Brando Brandon Brandt Brant Braque Brasilia Bratislava
Brattain Brazil Brazilian Brazilians Brazos Brazzaville Breakspear Brecht Breckenridge Bremen
Bremerton Brenda Brendan Brennan Brenner Brent Brenton Brest Bret Breton Brett Brewster Brexit
Brezhnev Brian Briana Brianna Brice Bridalveil Bridgeport Bridger Bridget Bridgetown Bridgett
Bridgette Bridgman Brie Brigadoon Briggs Brigham Brighton Brigid Brigitte Brillo Brinkley
Brisbane Bristol Brit Britain Britannia Britannic Britannica British Britisher Britney Briton
Britons Brits Britt Brittany Britten Brittney Brno Broadway Broadways Brobdingnag Brobdingnagian
Brock Brokaw Bronson Bronte Bronx Brooke Brooklyn Bros Browne Brownian Brownshirt Brownsville
Brubeck Bruce Bruckner Brueghel Brummel Brunei Brunelleschi Brunhilde Bruno Brunswick Brussels
Brut Brutus Bryan Bryant Bryce Brynner Bryon Brzezinski Buber Buchanan Bucharest Buchenwald
Buchwald Buckingham Buckley Buckner Budapest Buddha Buddhas Buddhism Buddhisms Buddhist
Buddhists Budweiser Buffy Buford Bugatti Bugzilla Buick Bujumbura Bukhara Bukharin Bulawayo
Bulfinch Bulganin Bulgar Bulgari Bulgaria Bulgarian Bulgarians Bullwinkle Bultmann Bumppo Bunche
Bundesbank Bundestag Bunin Bunsen Bunyan Burbank Burberry Burch Burgess Burgoyne Burgundian
Burgundies Burgundy Burke Burks Burl Burlington Burma Burmese Burnett Burnside Burris Burroughs
Bursa Burt Burton Burundi Busch Bushido Bushnell Buxtehude Buñuel Byblos Byelorussia Byers Byrd
Byron Byronic Byzantine Byzantines Byzantium CATV CBS CEO CFC CIA CNN COBOL COBOLs COVID CPA CPI
CPO CPR CPU CRT CRTs CSS CST CVS Cabernet Cabot Cabral Cabrera Cabrini Cadillac Cadiz Caedmon
Caerphilly Caesar Caesars Cagney Cahokia Caiaphas Cain Cains Cairo Caitlin Cajun Cajuns Calais
Calcutta Calder Calderon Caldwell Caleb Caledonia Calexico Calgary Calhoun Cali Caliban
California Californian Californians Caligula Callaghan Callahan Callao Callas Callie Callisto
Caloocan Calvary Calvert Calvin Calvinism Calvinisms Calvinist Calvinistic Calvinists Camacho
Camarillo Cambodia Cambodian Cambodians Cambrian Cambridge Camelopardalis Camelot Camembert
Camemberts Cameron Cameroon Cameroons Camilla Camille Camoens Campanella Campbell Campinas
Campos Camry Camus Canaan Canada Canadian Canadians Canaletto Canaveral Canberra Cancun Candace
Candice Candide Cannes Canopus Cantabrigian Canterbury Cantonese Cantrell Cantu Canute
Capablanca Capek Capella Capet Capetian Capetown Caph Capistrano Capitoline Capone Capote Capra
Capri Capricorn Capricorns Capt Capuchin Capulet Cara Caracalla Caracas Caravaggio Carboloy
Carbondale Carboniferous Carborundum Cardenas Cardiff Cardin Cardozo Carey Carib Caribbean
Caribbeans Carina Carissa Carl Carla Carlene Carlin Carlo Carlos Carlsbad Carlson Carlton Carly
Carlyle Carmela Carmella Carmelo Carmen Carmichael Carnap Carnegie Carney Carnot Carole Carolina
Caroline Carolingian Carolinian Carolyn Carpathian Carpathians Carr Carranza Carrie Carrillo
Carroll Carson Carter Cartersville Cartesian Carthage Carthaginian Cartier Cartwright Caruso
Cary Casablanca Casals Casandra Casanova Casanovas Casey Casio Caspar Casper Caspian Cassandra
Cassatt Cassie Cassiopeia Cassius Castaneda Castillo Castlereagh Castries Castro Catalan
Catalina Catalonia Catawba Cathay Cather Catherine Cathleen Catholicism Catholicisms Catholics
Cathryn Cathy Catiline Cato Catskill Catskills Catt Catullus Caucasian Caucasians Caucasoid
Caucasus Cauchy Cavendish Cavour Caxton Cayman Cayuga Ceausescu Cebu Cebuano Cecelia Cecil
Cecile Cecilia Cecily Cedric Celebes Celeste Celgene Celia Celina Cellini Celsius Celt Celtic
Celtics Celts Cenozoic Centaurus Cepheid Cepheus Cerberus Cerenkov Ceres Cerf Cervantes Cesar
Cessna Cetus Ceylon Cezanne Chablis Chadwick Chagall Chaitanya Chaitin Chaldean Chambersburg
Champaign Champlain Champollion Chan Chancellorsville Chandigarh Chandon Chandra Chandragupta
Chandrasekhar Chanel Chaney Chang Changchun Changsha Chantilly Chanukah Chanukahs Chaplin
Chapman Chappaquiddick Chapultepec Charbray Chardonnay Charlemagne Charlene Charles Charleston
Charlestons Charley Charlie Charlotte Charlottesville Charlottetown Charmaine Charmin Charolais
Charon Chartism Chartres Charybdis Chasity Chateaubriand Chattahoochee Chattanooga Chatterley
Chatterton Chaucer Chauncey Chautauqua Chavez Chayefsky Che Chechen Chechnya Cheerios Cheetos
Cheever Chekhov Chelsea Chelyabinsk Chen Cheney Chengdu Chennai Cheops Cheri Cherie Chernenko
Chernobyl Chernomyrdin Cherokee Cherokees Cheryl Chesapeake Cheshire Chester Chesterfield
Chesterton Chevalier Cheviot Chevrolet Chevy Cheyenne Cheyennes Chianti Chiantis Chiba Chibcha
Chicago Chicagoan Chicana Chicano Chickasaw Chiclets Chico Chihuahua Chihuahuas Chilean Chileans
Chimborazo Chimu Chinatown Chinese Chinook Chinooks Chipewyan Chippendale Chippewa Chiquita
Chirico Chisholm Chisinau Chittagong Chivas Chloe Choctaw Chomsky Chongqing Chopin Chopra Chou
Chretien Chris Christ Christa Christchurch Christendom Christendoms Christensen Christi
Christian Christianities Christianity Christians Christie Christina Christine Christmas
Christmases Christoper Christopher Christs Christy Chrysler Chrysostom Chrystal Chukchi Chumash
Chung Chungking Churchill Churriguera Chuvash Cicero Cid Cimabue Cincinnati Cinderella
Cinderellas Cindy CinemaScope Cinerama Cipro Circe Cisco Citibank Citigroup Citroen Claiborne
Clair Claire Clairol Clancy Clapeyron Clapton Clara Clare Clarence Clarendon Clarice Clarissa
Clark Clarke Clarksville Claude Claudette Claudia Claudine Claudio Claudius Claus Clausewitz
Clausius Clayton Clearasil Clem Clemenceau Clemens Clementine Clements Clemons Clemson Cleo
Cleopatra Cleveland Cliburn Clifford Clifton Cline Clint Clinton Clio Clive Clojure Clorets
Clorox Clotho Clouseau Clovis Clyde Clydesdale Clytemnestra Cobain Cobb Cochabamba Cochin
Cochise Cochran Cocteau Cody Coffey Cohan Cohen Coimbatore Cointreau Colbert Colby Cole Coleen
Coleman Coleridge Colette Colfax Colgate Colin Collin Collins Colo Colombia Colombian Colombians
Colombo Colorado Colosseum Coltrane Columbia Columbus Com Comanche Comanches Comintern Como
Comoros Compaq Compton CompuServe Comte Conakry Conan Concepción Concetta Concorde Concords
Condillac Condorcet Conestoga Confucian Confucianism Confucianisms Confucians Confucius Cong
Congo Congolese Congregationalist Congregationalists Congreve Conley Conn Connecticut
Connellsville Connemara Conner Connery Connie Connolly Connors Conrad Conrail Conroe Constance
Constantine Constantinople Consuelo Contreras Conway Cooke Cooley Coolidge Cooperstown Coors
Copacabana Copeland Copenhagen Copernican Copernicus Copland Copley Copperfield Coppertone
Coppola Coptic Cora Cordelia Cordilleras Cordoba Cordova Corey Corfu Corina Corine Corinne
Corinth Corinthian Corinthians Coriolanus Coriolis Corleone Cormack Corneille Cornelia Cornelius
Cornell Cornish Cornwall Cornwallis Coronado Corot Correggio Corrine Corsica Corsican Cortes
Corteses Cortez Cortland Corvallis Corvette Corvus Cory Cosby CosmosDB Cossack Costco Costello
Costner Cotonou Cotopaxi Cotswold Coulomb Coulter Couperin Courbet Courtney Cousteau Coventries
Coventry Covington Cowley Cowper Cozumel Crabbe Craig Cranach Cranmer Crawford Crecy Cree
Creighton Creon Cressida Cretaceous Cretan Crete Crichton Crimea Crimean Criollo Crisco Cristina
Croat Croatia Croatian Croatians Croats Croce Crockett Croesus Cromwell Cromwellian Cronin
Cronkite Cronus Crookes Crosby Crowley Cruikshank Crusoe Cruz Cryptozoic Csonka Ctesiphon
Cthulhu Cuba Cuban Cubans Cuchulain Cuisinart Culbertson Cullen Cumberland Cummings Cunard
Cunningham Curacao Curitiba Currier Curtis Custer Cuvier Cuzco Cybele Cyclades Cyclops Cygnus
Cymbeline Cynthia Cyprian Cypriot Cypriots Cyprus Cyrano Cyril Cyrillic Cyrus Czech Czechia
Czechoslovakia Czechoslovakian Czechoslovakians Czechs Czerny DAT DDT DDTs DECed DECs DHS DMCA
DMZ DNA DOA DPT DPs DST DTP DUI DVD DVR DVRs DWI Dacca Dachau Dacron Dacrons Dada Dadaism
Daedalus Daguerre Dagwood Dahomey Daimler Dakar Dakota Dakotan Dakotas Dalai Daley Dali Dalian
Dallas Dalton Damascus Damian Damien Damion Damocles Damon Dan Dana Danbury Dane Danelaw Danes
Dangerfield Danial Daniel Danielle Daniels Danish Dannie Danny Danone Dante Danton Danube
Danubian Danville Daphne Darby Darcy Dardanelles Daren Darfur Darin Dario Darius Darjeeling
Darla Darlene Darnell Darrel Darrell Darren Darrin Darrow Darryl Darth Dartmoor Dartmouth Darvon
Darwin Darwinian Darwinism Daryl Datamation Daugherty Daumier Davao Dave David Davids Davidson
Davies Davis Davy Dawes Dawson Dayton DeGeneres DeKalb Deadhead Deana Deandre Deann Deanna
Deanne Debbie Debby Debian Debora Deborah Debouillet Debra Debussy Decalogue Decatur Decca
Deccan December Decembers Decker Dedekind Dee Deena Deere Defoe Degas Deidre Deimos Deirdre
Dejesus Del Delacroix Delacruz Delaney Delano Delaware Delawarean Delawareans Delawares Delbert
Deleon Delgado Delhi Delia Delibes Delilah Delius Della Delmar Delmarva Delmer Delmonico Delores
Deloris Delphi Delphic Delphinus Deltona Dem Demavend Demerol Demeter Demetrius Deming
Democritus Demosthenes Dempsey Dena Deneb Denebola Deng Denis Denise Denmark Dennis Denny Denton
Denver Deon Depp Derek Derick Derrida Descartes Desdemona Desiree Desmond Detroit Deuteronomy
Devanagari Devi Devin Devon Devonian Dewar Dewayne Dewey Dewitt Dexedrine Dexter Dhaka
Dhaulagiri DiCaprio DiMaggio Diaghilev Diana Diane Diann Dianna Dianne Diaspora Diaz Dickens
Dickerson Dickinson Dickson Dictaphone Diderot Dido Didrikson Diefenbaker Diego Diem Dietrich
Dijkstra Dijon Dilbert Dilberts Dillard Dillinger Dillon Dina Dinah Dino Diocletian Diogenes
Dion Dionne Dionysian Dionysus Diophantine Dior Dirac Dirichlet Disney Disneyland Disraeli
Diwali Dix Dixie Dixiecrat Dixieland Dixielands Dixon Djakarta Django Djibouti Dmitri
Dnepropetrovsk Dnieper Dniester Dobbin Doberman Dobro Doctorow Dodgson Dodoma Dodson Doha Dolby
Dollie Dolores Domesday Domingo Dominguez Dominic Dominica Dominican Dominicans Dominick
Dominique Domitian Dona Donahue Donald Donaldson Donatello Donetsk Donizetti Donn Donna Donne
Donnell Donner Donnie Donny Donovan Dooley Doolittle Doonesbury Doppler Dora Dorcas Doreen
Dorian Doric Doris Doritos Dorothea Dorothy Dorset Dorsey Dorthy Dortmund Dostoevsky Dothan
Dotson Douala Douay Doubleday Doug Douglas Douglass Douro Dover Dow Doyle Draco Dracula
Dramamine Drambuie Drano Dravidian Dreiser Dresden Dreyfus Dristan Dropbox Drupal Dryden
Dschubba DuPont Duane Dubai Dubcek Dubhe Dublin Dubrovnik Dubuque Duchamp Dudley Duffy Duisburg
Dulles Duluth Dumas Dumbledore Dumbo Dunant Dunbar Duncan Dunedin Dunkirk Dunlap Dunn Dunne
Duracell Duran Durant Durante Durban Durex Durham Durhams Durkheim Duroc Durocher Duse Dushanbe
Dustbuster Dustin Dutch Dutchman Dutchmen Duvalier Dvina Dvorák Dwayne Dwight Dylan DynamoDB
Dyson Dzerzhinsky Dzungaria Dürer Düsseldorf ECG ECMAScript EDT EEC EEG EEO EFL EKG EMT EPA ESL
ESPN ETD EULAs Eakins Earhart Earle Earlene Earline Earnestine Earnhardt Earp Easter Easters
Eastman Easts Eastwood Eaton Eben Ebeneezer Ebert Ebola Ebonics Ebro Ecclesiastes Eco Ecuador
Ecuadoran Ecuadorans Ecuadorian Ecuadorians Edam Edams Edda Eddie Eddington Eden Edens Edgar
Edgardo Edinburgh Edison Edith Edmond Edmonton Edmund Edna Edsel Eduardo Edward Edwardian
Edwardo Edwards Edwin Edwina Eeyore Effie Efrain Efren Eggo Egypt Egyptian Egyptians Egyptology
Ehrenberg Ehrlich Eichmann Eiffel Eileen Einstein Einsteins Eire Eisenhower Eisenstein Eisner
Elaine Elam Elanor Elasticsearch Elastoplast Elba Elbe Elbert Elbrus Eldersburg Eldon Eleanor
Eleazar Electra Elena Elgar Eli Elias Elijah Elinor Eliot Elisa Elisabeth Elise Eliseo Elisha
Eliza Elizabeth Elizabethan Elizabethans Elizabethtown Elkhart Ella Ellen Ellesmere Ellie
Ellington Elliot Elliott Ellis Ellison Elma Elmer Elmira Elmo Elnath Elnora Elohim Eloise Eloy
Elroy Elsa Elsie Elsinore Eltanin Elton Elul Elva Elvia Elvin Elvira Elvis Elway Elwood Elyria
Elysian Elysium Elysiums Elysée Emacs Emanuel Emerson Emil Emile Emilia Emilio Emily Eminem Emma
Emmanuel Emmett Emmy Emory Encarta Endymion Eng Engels England English Englisher Englishes
Englishman Englishmen Englishwoman Englishwomen Enid Enif Eniwetok Enkidu Enoch Enos Enrico
Enrique Enron Eocene Epcot Ephesian Ephesus Ephraim Epictetus Epicurus Epimethius Epiphanies
Epiphany Episcopalian Episcopalians Epsom Epson Epstein Equuleus Erasmus Erato Eratosthenes
Erebus Erector Erewhon Erhard Eric Erica Erich Erick Ericka Erickson Ericson Ericsson Eridanus
Erie Erik Erika Erin Eris Erises Eritrea Erlang Erlenmeyer Erma Erna Ernest Ernestine Ernesto
Ernie Ernst Eros Eroses Errol Erse ErvIn Erwin Esau Escher Escherichia Eskimo Eskimos Esmeralda
Esperanto Esperanza Espinoza Esq Essen Essene Essequibo Essex Essie Esteban Estela Estella
Estelle Esterházy Estes Esther Estonia Estonian Estonians Estrada Ethan Ethel Ethelred Ethernet
Ethiopia Ethiopian Ethiopians Etna Eton Etruria Etruscan Etta Eucharist Eucharistic Eucharists
Euclid Euclidean Eugene Eugenia Eugenie Eugenio Euler Eumenides Eunice Euphrates Eurasia
Eurasian Eurasians Euripides Eurodollar Eurodollars Europa Europe European Europeans Eurydice
Eustachian Eustis Euterpe Eva Evan Evangelina Evangeline Evans Evansville Evelyn Evenki
EverReady Everest Everett Everette Evert Evian Evita Ewing Excalibur Excedrin Excellencies
Excellency Exercycle Exocet Exxon Eyck Eyre Eysenck Ezekiel Ezra FAA FAQ FAQs FBI FCC FDA FDIC
FDR FHA FICA FMs FNMA FOFL FORTRAN FPO FSF FSLIC FTC FUD FUDs FWIW FYI Fabergé Fabian Facebook
Faeroe Fafnir Fagin Fahd Fahrenheit Fairbanks Fairfield Fairhope Faisal Faisalabad Fajardo
Falasha Falkland Falklands Fallopian Falstaff Falwell Fannie Faraday Fargo Farley Farmington
Farragut Farrakhan Farrell Farsi Fassbinder Fatah Fatima Fatimid Faulkner Faulknerian Fauntleroy
Faust Faustian Faustino Faustus Fawkes Fay Faye Fayetteville Feb Februaries February FedEx
Federico Felecia Felice Felicia Felipe Felix Fellini Fenian Ferber Ferdinand Fergus Ferguson
Ferlinghetti Fermat Fermi Fernandez Fernando Ferrari Ferraro Ferrell Ferris Feynman Fiberglas
Fibonacci Fichte Fidel Fido Figaro Figueroa Fiji Fijian Fijians Filipino Filipinos Fillmore
Filofax Finland Finley Finn Finnbogadottir Finnegan Finnish Finns Fiona Firebase Firefox
Firestone Fischer Fisk Fitch Fitchburg Fitzgerald Fitzpatrick Fitzroy Fizeau Fla Flanagan
Flanders Flatt Flaubert Fleischer Fleming Flemish Fletcher Flintstones Flo Florence Florentine
Flores Florida Floridan Florine Florsheim Flory Flossie Floyd Flynn Foch Fokker Foley Folgers
Folsom Fomalhaut Fonda Foosball Forbes Formica Formicas Formosa Formosan Forrest Forster
Fortaleza Fosse Fotomat Foucault Fourier Fourneyron Fowler Fragonard Fran France Frances
Francesca Francine Francis Francisca Franciscan Francisco Franck Franco Francois Francoise
Franglais Frankel Frankenstein Frankfort Frankfurt Frankie Franklin Franny Franz Fraser Frazier
Fred Freda Freddie Freddy Frederic Frederick Fredericksburg Fredericton Fredric Fredrick
Freemason Freemasonries Freemasonry Freemasons Freetown Freida Fremont Frenches Frenchman
Frenchmen Frenchwoman Frenchwomen Freon Fresnel Fresno Freud Freudian Frey Freya Fri Friday
Fridays Frieda Friedan Friedman Friedmann Frigga Frigidaire Frisbee Frisco Frisian Frito Fritz
Frobisher Froissart Fromm Fronde Frontenac Frostbelt Frye Fuchs Fuentes Fugger Fuji Fujitsu
Fujiwara Fukuoka Fukuyama Fulani Fulbright Fulton Funafuti Fundy Furtwängler Fushun Fuzhou
Fuzzbuster GED GHQ GHz GIF GIGO GMAT GMO GMT GNP GOP GPA GPS GPU GTE GUI Gabon Gaborone Gabriel
Gabriela Gabrielle Gacrux Gadsden Gaea Gael Gaelic Gagarin Gaia Gail Gaiman Gaines Gainesville
Gainsborough Galahad Galahads Galapagos Galatea Galatia Galatians Galbraith Galen Galibi
Galilean Galilee Galileo Gallagher Gallegos Gallic Gallo Galloway Gallup Galois Galsworthy
Galvani Galveston Gamay Gambia Gamow Gandhi Gandhian Ganesha Ganges Gangtok Ganymede Garbo
Garcia Gardner Gareth Garfield Garfunkel Gargantua Garibaldi Garrett Garrick Garry Garth Garvey
Gary Garza Gascony Gasser Gastonia Gatling Gatorade Gatsby Gatun Gauguin Gaul Gauls Gauss
Gaussian Gautama Gautier Gavin Gawain Gayle Gaza Gaziantep Gdansk Geffen Gehenna Gehrig Geiger
Gelbvieh Geller Gemini Geminis Gena Genaro Genet Geneva Genevieve Genghis Genoa Genoas Gentoo
Geo Geoffrey George Georges Georgetown Georgette Georgia Georgian Georgians Georgina Ger Gerald
Geraldine Gerard Gerardo Gerber Gere Geritol German Germanic Germans Germany Geronimo Gerry
Gershwin Gertrude Gestapo Gestapos Gethsemane Getty Gettysburg Gewürztraminer Ghana Ghanaian
Ghanian Ghanians Ghats Ghazvanid Ghent Ghibelline Giacometti Giannini Giauque Gibbs Gibraltar
Gibraltars Gibson Gide Gideon Gielgud Gienah Gil Gila Gilbert Gilberto Gilchrist Gilda Gilead
Giles Gilgamesh Gillespie Gillette Gilliam Gillian Gilligan Gilmore Gilroy Gina Gingrich Ginny
Gino Ginsberg Ginsburg Ginsu Giorgione Giotto Giovanni Giraudoux Giselle Gish GitHub Giuliani
Giuseppe Giza Gladstone Gladstones Gladys Glaser Glasgow Glastonbury Glaswegian Glaxo Gleason
Glenda Glendale Glenlivet Glenn Glenna Gloria Gloucester Glover Gnostic Gnosticism GnuPG Goa
Gobi Goddard Godiva Godot Godthaab Godunov Godzilla Goebbels Goering Goethals Goethe Goff Gog
Gogol Goiania Golan Golconda Golda Goldberg Goldie Goldilocks Golding Goldman Goldsboro
Goldwater Goldwyn Golgi Golgotha Goliath Gomez Gomorrah Gompers Gomulka Gondwanaland Gonzales
Gonzalez Gonzalo Goodall Goodman Goodrich Goodwin Goodyear Goolagong Gorbachev Gordian Gordimer
Gordon Goren Gorey Gorgas Gorgonzola Gorky Goth Gotham Gothic Gothics Goths Gouda Goudas Gould
Gounod Goya Grable Gracchus Graceland Gracie Graciela Grady Graffias Grafton Graham Grahame
Grammy Grampians Granada Grayslake Grecian Greece Greek Greeks Greeley Greene Greenland
Greenpeace Greensboro Greensleeves Greenspan Greenville Greenwich Greer Greg Gregg Gregorian
Gregorio Gregory Grenada Grenadines Grendel Grenoble Gresham Greta Gretchen Gretel Gretzky Grieg
Griffith Grimm Grinch Gris Gromyko Gropius Grosz Grotius Grover Grumman Grundy Grus Gruyeres
Gruyère Grünewald Guadalajara Guadalcanal Guadalquivir Guadalupe Guadeloupe Guallatiri Guam
Guangzhou Guantanamo Guarani Guarnieri Guatemala Guatemalan Guatemalans Guayama Guayaquil Gucci
Guelph Guernsey Guernseys Guerra Guerrero Guevara Guggenheim Guiana Guido Guillermo Guinean
Guineans Guinevere Guinness Guiyang Guizot Gujarat Gujarati Gujranwala Gulfport Gullah Gulliver
Gumbel Gunther Guofeng Gupta Gurkha Gus Gustav Gustavo Gustavus Gutenberg Guthrie Gutierrez
Guyana Guyanese Guzman Gwalior Gwen Gwendoline Gwendolyn Gwyn Gödel Göteborg HBO HBase HDD HDMI
HDTV HHS HIV HMO HMS HOV HRH HSBC HST HTML HTTP HUD Haas Habakkuk Haber Hadar Hades Hadoop
Hadrian Hafiz Hagar Hagerstown Haggai Hagiographa Hague Hahn Haifa Haiphong Haiti Haitian
Haitians Hakka Hakluyt Hal Haldane Haleakala Haley Halifax Halley Halliburton Hallie Halloween
Halloweens Hallstatt Hals Halsey Haman Hamburg Hamburgs Hamhung Hamilcar Hamill Hamilton
Hamiltonian Hamitic Hamlin Hammarskjold Hammerstein Hammett Hammond Hammurabi Hampshire Hampton
Hamsun Han Hancock Handel Haney Hanford Hangul Hangzhou Hanna Hannah Hannibal Hanoi Hanover
Hanoverian Hans Hansel Hansen Hanson Hanukkah Hanukkahs Hapsburg Harare Harbin Hardin Harding
Hargreaves Harlan Harlem Harley Harlingen Harlow Harmon Harold Harper Harrell Harriet Harriett
Harrington Harris Harrisburg Harrison Harrisonburg Harrods Harte Hartford Hartline Hartman
Harvard Harvey Hasbro Hasidim Hastings Hatfield Hathaway Hatsheput Hatteras Hattie Hattiesburg
Hauptmann Hausa Hausdorff Havana Havanas Havarti Havel Havoline Hawaii Hawaiian Hawaiians
Hawkins Hawthorne Hayden Haydn Hayes Haynes Haywood Hayworth Hazleton Hazlitt Hearst Heaviside
Hebe Hebert Hebraic Hebrew Hebrews Hebrides Hecate Hecuba Heep Hefner Hegel Hegelian Hegira
Heidegger Heidelberg Heidi Heifetz Heimlich Heine Heineken Heinlein Heinrich Heinz Heisenberg
Heisman Helen Helena Helene Helga Helicon Heliopolis Helios Hellenic Hellenism Hellenisms
Hellenistic Hellenization Hellenize Heller Hellespont Hellman Hells Helmholtz Helsinki Helvetius
Hemet Hemingway Hench Henderson Hendricks Hendrix Henley Hennessy Henri Henrietta Henry Hensley
Henson Hepburn Hephaestus Hepplewhite Hera Heraclitus Herbart Herbert Herculaneum Hercules
Hereford Herero Heriberto Herman Hermaphroditus Hermes Herminia Hermite Hermosillo Hernandez
Herod Herodotus Heroku Herrera Herrick Herschel Hersey Hershel Hershey Hertzsprung Herzegovina
Herzl Heshvan Hesiod Hesperia Hesperus Hess Hesse Hessian Hester Heston Hettie Hewitt Hewlett
Heyerdahl Heywood Hezbollah Hezekiah Hialeah Hiawatha Hibernia Hickman Hickok Hieronymus Higgins
Highlander Highlanders Hightstown Hilario Hilary Hilbert Hilda Hildebrand Hilfiger Hillary
Hillel Hilton Himalaya Himalayas Himmler Hinayana Hindemith Hindenburg Hindi Hindu Hinduism
Hinduisms Hindus Hindustan Hindustani Hines Hinesville Hinton Hipparchus Hippocrates Hippocratic
Hiram Hirobumi Hirohito Hiroshima Hispanic Hispanics Hispaniola Hitachi Hitchcock Hitler Hitlers
Hittite Hmong Hobart Hobbes Hobbs Hockney Hodge Hodges Hodgkin Hoff Hoffa Hoffman Hofstadter
Hogarth Hogwarts Hohenlohe Hohenstaufen Hohenzollern Hohhot Hohokam Hokkaido Hokusai Holbein
Holcomb Holden Holland Hollands Hollerith Holley Hollie Hollis Holloway Hollywood Holman Holmes
Holocene Holst Holstein Holsteins Holt Homeric Hon Honda Honduran Hondurans Honduras Honecker
Honeywell Hong Honiara Honolulu Honshu Hooke Hooper Hoosier Hoover Hoovers Hopewell Hopi Hopkins
Horace Horacio Horatio Hormel Hormuz Hornblower Horne Horowitz Horthy Horton Horus Hosea
Hotpoint Hottentot Houdini Houma Housman Houston Houyhnhnm Hovhaness Howard Howe Howell Howells
Hoyle Hrothgar Huang Hubbard Hubble Huber Hubert Huck Hudson Huerta Huey Huffman Huggins Hugh
Hughes Hugo Huguenot Huguenots Hui Huitzilopotchli Humberto Humboldt Hume Hummer Humphrey Humvee
Hun Hungarian Hungarians Hungary Huns Hunspell Huntington Huntley Huntsville Hurd Hurley Huron
Hurst Hus Hussein Husserl Hussite Huston Hutchinson Hutton Hutu Huxley Huygens Hyades Hyde
Hyderabad Hyperion Hyundai Héloise IBM ICBM ICBMs ICC ICU IDE IED IEEE IKEA IMF IMHO IMNSHO IMO
ING IOU IPA IPO IRAs IRC IRS ISO ISP ISS IUD IVF IVs Iaccoca Iago Ian Iapetus Ibadan Iberia
Iberian Ibiza Iblis Ibo Ibsen Icahn Icarus Iceland Icelander Icelanders Icelandic Ida Idaho
Idahoan Idahoans Idahoes Idahos Ieyasu Ignacio Ignatius Igor Iguassu Ijssel Ijsselmeer Ike
Ikhnaton Ila Ilene Iliad Illinois Illuminati Ilyushin Imelda Imhotep Imodium Imogene Imus Ina
Inca Incas Inchon India Indian Indiana Indianan Indianans Indianapolis Indians Indies Indio
Indira Indochina Indochinese Indonesia Indonesian Indonesians Indore Indra Indus Indy Ines Inez
Inge Inglewood Ingram Ingres Ingrid Inonu Instagram Instamatic Intelsat Internationale Internets
Interpol Inuit Inuits Inuktitut Invar Ionesco Ionian Ionic Ionics Iowa Iowan Iowans Iowas
Iphigenia Iqaluit Iqbal Iquitos Iran Iranian Iranians Iraq Iraqi Iraqis Ireland Irene Irish
Irisher Irishman Irishmen Irishwoman Irishwomen Irkutsk Irma Iroquoian Iroquois Irrawaddy Irtish
Irvin Irving Irwin Isaac Isabel Isabela Isabella Isabelle Isaiah Iscariot Isfahan Isherwood
Ishim Ishmael Ishtar Isiah Isidro Islam Islamabad Islamic Islamism Islamist Islams Ismael Ismail
Isolde Ispell Israel Israeli Israelis Israelite Israels Issac Issachar Istanbul Isuzu Itaipu
Italian Italians Italy Itasca Ithaca Ithacan Ito Iva Ivan Ivanhoe Ives Iyar Izaak Izanagi
Izanami Izhevsk Izmir Izod Izvestia JFK JPEG Jackie Jacklyn Jackson Jacksonian Jacksonville
Jacky Jaclyn Jacob Jacobean Jacobi Jacobin Jacobite Jacobs Jacobson Jacquard Jacqueline
Jacquelyn Jacques Jacuzzi Jagger Jagiellon Jahangir Jaime Jain Jainism Jaipur Jakarta Jake
Jamaal Jamaica Jamaican Jamaicans Jamal Jamar Jame Jamel James Jamestown Jami Jamie Jan Jana
Janacek Jane Janell Janelle Janesville Janet Janette Janice Janie Janine Janis Janissary
Janjaweed Janna Jannie Jansen Jansenist Januaries January Janus Japanese Japaneses Japura Jared
Jarlsberg Jarrett Jarrod Jarvis Jason Jataka Java JavaScript Javanese Javas Javier Jaxartes
Jayapura Jayawardene Jaycee Jaycees Jayne Jayson Jean Jeanette Jeanie Jeanine Jeanne Jeannette
Jeannie Jeannine Jed Jedi Jeeves Jeff Jefferey Jefferson Jeffersonian Jeffery Jeffrey Jeffry
Jehoshaphat Jehovah Jekyll Jenifer Jenkins Jenna Jenner Jennie Jennifer Jennings Jenny Jensen
Jephthah Jerald Jeremiah Jeremiahs Jeremy Jeri Jericho Jermaine Jeroboam Jerold Jerome Jerri
Jerrod Jerrold Jerry Jerusalem Jess Jesse Jessica Jessie Jesuit Jesuits Jesus Jetway Jew Jewell
Jewish Jewishness Jewry Jews Jezebel Jezebels Jidda Jilin Jill Jillian Jim Jimenez Jimmie Jinan
Jinnah Jinny Jivaro Joan Joann Joanna Joanne Joaquin Jocasta Jocelyn Jodi Jodie Jody Joe Joel
Joey Jogjakarta Johann Johanna Johannes Johannesburg Johnathan Johnathon Johnie Johnnie Johnny
Johnson Johnston Johnstown Jolene Joliet Jolson Jon Jonah Jonahs Jonas Jonathan Jonathon Jones
Jonesboro Joni Jonson Joplin Jordan Jordanian Jordanians Jorge Jose Josef Josefa Josefina Joseph
Josephine Josephs Josephson Josephus Joshua Josiah Josie Josue Jove Jovian Joyce Joycean Joyner
Juan Juana Juanita Juarez Jubal Judaeo Judah Judaic Judaism Judaisms Judas Judases Judd Jude
Judea Judith Judson Judy Jul Jules Julia Julian Juliana Julianne Julie Julies Juliet Juliette
Julio Julius Julliard July Jun June Juneau Junes Jung Jungfrau Jungian Juno Jupiter Jurassic
Jurua Justin Justine Justinian Jutland Juvenal KFC KGB KIA KKK Kaaba Kabul Kafka Kafkaesque
Kagoshima Kahlua Kahului Kaifeng Kailua Kaiser Kaitlin Kalahari Kalamazoo Kalashnikov Kalb
Kalevala Kalgoorlie Kali Kalmyk Kama Kamchatka Kamehameha Kampala Kampuchea Kanchenjunga
Kandahar Kandinsky Kane Kaneohe Kankakee Kannada Kano Kanpur Kans Kansan Kansans Kansas Kant
Kantian Kaohsiung Kaposi Kara Karachi Karaganda Karakorum Karamazov Kareem Karen Karenina Kari
Karin Karina Karl Karla Karloff Karo Karol Karroo Karyn Kasai Kasey Kashmir Kasparov Kate
Katelyn Katharine Katherine Katheryn Kathiawar Kathie Kathleen Kathrine Kathryn Kathy Katie
Katina Katmai Katmandu Katowice Katrina Katy Kauai Kaufman Kaunas Kaunda Kawabata Kawasaki Kay
Kaye Kayla Kazakh Kazakhstan Kazan Kazantzakis Keaton Keats Keck Keenan Keewatin Keillor Keisha
Keith Keller Kelley Kelli Kellie Kellogg Kelly Kelsey Kelvin Kemerovo Kemp Kempis Kendall Kendra
Kendrick Kenmore Kennan Kennedy Kenneth Kennewick Kennith Kenny Kenosha Kent Kenton Kentuckian
Kentuckians Kentucky Kenya Kenyan Kenyans Kenyatta Kenyon Keogh Keokuk Kepler Kerensky Keri
Kermit Kern Kerouac Kerr Kerri Kerry Kettering Keven Kevin Kevlar Kevorkian Kewpie Keynes
Keynesian Khabarovsk Khachaturian Khalid Kharkov Khartoum Khayyam Khazar Khmer Khoikhoi Khoisan
Khomeini Khorana Khrushchev Khufu Khulna Khwarizmi Khyber Kickapoo Kidd Kiel Kierkegaard Kieth
Kiev Kigali Kikuyu Kilauea Kilimanjaro Killeen Kilroy Kim Kimberley Kimberly Kingsport Kingston
Kingstown Kinney Kinsey Kinshasa Kiowa Kip Kipling Kirby Kirchhoff Kirchner Kirghistan Kirghiz
Kiribati Kirinyaga Kirk Kirkland Kirkpatrick Kirov Kirsten Kisangani Kishinev Kislev Kissimmee
Kissinger Kitakyushu Kitchener Kiwanis Klan Klansman Klaus Klee Kleenex Kleenexes Klein Klimt
Kline Klingon Klondike Klondikes Kmart Knapp Knesset Kngwarreye Knickerbocker Knievel Knopf
Knossos Knowles Knox Knoxville Knudsen Knuth Knuths Kobe Koch Kochab Kodachrome Kodak Kodaly
Kodiak Koestler Kohinoor Kohl Koizumi Kojak Kokomo Kolyma Kommunizma Kong Kongo Konrad Koontz
Koppel Koran Korans Korea Korean Koreans Kornberg Kory Korzybski Kosciusko Kossuth Kosygin
Kotlin Koufax Kowloon Kraft Krakatoa Krakow Kramer Krasnodar Krasnoyarsk Krebs Kremlin
Kremlinologist Kresge Kringle Kris Krishna Krishnamurti Krista Kristen Kristi Kristie Kristin
Kristina Kristine Kristopher Kristy Kroc Kroger Kronecker Kropotkin Kruger Krugerrand Krupp
Krystal Kshatriya Kublai Kubrick Kuhn Kuibyshev Kulthumm Kunming Kuomintang Kurd Kurdish
Kurdistan Kurile Kurosawa Kurt Kurtis Kusch Kutuzov Kuwait Kuwaiti Kuwaitis Kuznets Kuznetsk
Kwakiutl Kwan Kwangju Kwanzaa Kwanzaas Kyle Kyoto Kyrgyzstan Kyushu Köln LBJ LCD LGBT LPN LPNs
LSD Laban Labrador Labradors Lacey Lachesis Ladoga Ladonna Lafayette Lafitte Lagos Lagrange
Lagrangian Lahore Laius Lajos Lakeisha Lakeland Lakewood Lakisha Lakota Lakshmi Lamar Lamarck
Lamaze Lambert Lamborghini Lambrusco Lamont Lana Lanai Lancashire Lancaster Lancelot Landon
Landry Landsat Landsteiner Lang Langerhans Langland Langley Langmuir Lanka Lanny Lansing Lanzhou
Lao Laocoon Laos Laotian Laotians Laplace Lapland Lapp Lapps Lara Laramie Lardner Laredo
Larousse Larry Lars Larsen Larson Las Lascaux Lassa Lassen Latasha Lateran Latin Latina Latiner
Latino Latinos Latins Latinx Latisha Latonya Latoya Latrobe Latvia Latvian Latvians Lauder Laue
Laura Laurasia Lauren Laurence Laurent Lauri Laurie Laval Lavern Laverne Lavoisier Lavonne
Lawanda Lawrence Lawson Lawton Layamon Layla Layton Lazaro Lazarus Leadbelly Leah Leakey Leander
Leann Leanna Leanne Lear Learjet Leary Leavenworth Lebanese Lebanon Lebesgue Leblanc Leda
Lederberg Leeds Leesburg Leeuwenhoek Legendre Leger Leghorn Lego Legree Lehman Leibniz Leicester
Leiden Leif Leigh Leila Leipzig Lela Leland Lelia Lemaitre Lemuel Lemuria Len Lena Lenard Lenin
Leningrad Leninism Leninist Lennon Lenny Leno Lenoir Lenora Lenore Lenten Lents Leo Leola
Leominster Leon Leona Leonard Leonardo Leoncavallo Leonel Leonid Leonidas Leonor Leopold
Leopoldo Leos Lepidus Lepke Lepus Lerner Leroy Les Lesa Lesley Leslie Lesotho Lesseps Lessie
Lester Lestrade Leta Letha Lethe Leticia Letitia Letterman Levant Levesque Levi Levine Leviticus
Levitt Lew Lewinsky Lewis Lewiston Lewisville Lexington Lexus Lhasa Lhotse Libby Liberace
Liberia Liberian Liberians Libra Libras LibreOffice Libreville Librium Libya Libyan Libyans
Lichtenstein Lidia Lieberman Liebfraumilch Liechtenstein Lila Lilia Lilian Liliana Lilith
Liliuokalani Lille Lillian Lillie Lilliput Lilliputian Lilliputians Lilly Lilongwe Lima Limbaugh
Limburger Limoges Limousin Limpopo Lin Lina Lincoln Lincolns Lind Linda Lindbergh Lindsay
Lindsey Lindy Linnaeus Linotype Linton Linus Linux Linuxes Linwood Lionel Lipizzaner Lippi
Lippmann Lipscomb Lipton Lisa Lisbon Lissajous Lister Listerine Liston Liszt Lithuania
Lithuanian Lithuanians Litton Livermore Liverpool Liverpudlian Livia Livingston Livingstone
Livonia Livy Liz Liza Lizzie Lizzy Ljubljana Llewellyn Lloyd Lobachevsky Lochinvar Locke Lockean
Lockheed Lockwood Lodi Lodz Loewe Loewi Loews Logan Lohengrin Loire Lois Loki Lola Lolita
Lollard Lollobrigida Lombard Lombardi Lombardy Lome Lompoc Lon London Londoner Longfellow
Longmont Longstreet Longview Lonnie Lopez Lora Lorain Loraine Lorelei Loren Lorena Lorene
Lorentz Lorenz Lorenzo Loretta Lori Lorie Lorna Lorraine Lorre Lorrie Los Lothario Lott Lottie
Lou Louella Louie Louis Louisa Louise Louisiana Louisianan Louisianans Louisianian Louisianians
Louisville Lourdes Louvre Lovecraft Lovelace Lowe Lowell Lowenbrau Lowery Loyang Loyd Loyola Ltd
Luanda Luann Lubavitcher Lubbock Lubumbashi Lucas Luce Lucia Lucian Luciano Lucien Lucifer
Lucile Lucille Lucinda Lucio Lucite Lucius Lucknow Lucretia Lucretius Lucy Luddite Ludhiana
Ludwig Luella Lufthansa Luftwaffe Luger Lugosi Luigi Luis Luisa Luke Lula Lully Lulu Lumière
Luna Lupe Lupercalia Luria Lusaka Lusitania Luther Lutheran Lutheranism Lutherans Luvs
Luxembourg Luxembourger Luxembourgers Luz Luzon Lvov LyX Lycra Lycurgus Lydia Lyell Lyle Lyly
Lyman Lyme Lynchburg Lynda Lyndon Lynette Lynn Lynne Lynnette Lyon Lyons Lyra Lysenko Lysistrata
Lysol MBA MCI MEGO MEGOs MGM MHz MIPS MIT MOOC MPEG MRI MSG MST MTV MVP Maalox Mabel Mable Mac
MacArthur MacBride MacDonald MacLeish Macao Macaulay Macbeth Maccabeus Macedon Macedonia
Macedonian Macedonians Mach Machiavelli Machiavellian Macias Mack Mackenzie Mackinac Macmillan
Macon Macumba Macy Madagascan Madagascans Madagascar Maddox Madeira Madeiras Madeleine Madeline
Madelyn Madera Madge Madison Madonna Madonnas Madrid Madurai Mae Maeterlinck Mafia Mafias
Mafioso Magdalena Magdalene Magellan Magellanic Maggie Maghreb Magi Maginot Magnitogorsk Magog
Magoo Magritte Magsaysay Magyar Magyars Mahabharata Maharashtra Mahavira Mahayana Mahayanist
Mahdi Mahfouz Mahican Mahicans Mahler Mai Maidenform Maigret Maillol Maiman Maimonides Maine
Maisie Maitreya Maj Majorca Majuro Makarios Malabar Malabo Malacca Malachi Malagasy Malamud
Malaprop Malawi Malay Malayalam Malayan Malays Malaysia Malaysian Malaysians Malcolm Maldive
Maldives Maldivian Maldivians Maldonado Mali Malian Malians Malibu Malinda Malinowski Mallarmé
Mallomars Mallory Malone Malory Malplaquet Malraux Malta Maltese Malthus Malthusian Mameluke
Mamet Mamie Mamore Managua Manama Manasseh Manaus Manchester Manchu Manchuria Manchurian Mancini
Mandalay Mandela Mandelbrot Mandeville Mandingo Mandrell Mandy Manet Manfred Manhattan
Manhattans Mani Manichean Manila Manilas Manilla Manitoba Manitoulin Mankato Manley Mann
Mannheim Mansfield Manson Manteca Mantegna Manuel Manuela Manx Mao Maoism Maoisms Maoist Maoists
Maori Maoris Mapplethorpe Maputo Mara Maracaibo Marat Maratha Marathi Marc Marceau Marcel
Marcelino Marcella Marcelo Marci Marcia Marciano Marcie Marco Marconi Marcos Marcus Marcy Marduk
Margaret Margarito Marge Margery Margie Margo Margret Margrethe Marguerite Mari MariaDB Marian
Mariana Marianas Marianne Mariano Maribel Maricela Marie Marietta Marilyn Marin Mario Marion
Maris Marisa Marisol Marissa Maritain Maritza Marius Marjorie Marjory Markab Markham Markov
Marla Marlboro Marlborough Marlene Marley Marlon Marlowe Marmara Marne Maronite Marple Marquesas
Marquette Marquez Marquita Marrakesh Marriott Marsala Marseillaise Marseilles Marses Marsha
Marshall Marta Martel Martha Martina Martinez Martinique Marty Marva Marvell Marvin Marx Marxism
Marxisms Marxist Marxists Mary Maryann Maryanne Maryellen Maryland Marylander Marylou Marysville
Masada Masai Masaryk Mascagni Masefield Maserati Maseru Mashhad Masonite Massachusetts Massasoit
Massenet Massey MasterCard Mather Mathew Mathews Mathewson Mathias Mathis Matilda Matisse Matlab
Mattel Matterhorn Matthew Matthews Matthias Mattie Maud Maude Maugham Maui Mauldin Maupassant
Maura Maureen Mauriac Maurice Mauricio Maurine Mauritania Mauritius Mauro Maurois Mauryan Mauser
Mavis Maximilian Maxine Maxwell Maya Mayan Mayans Mayas Mayer Mayfair Maynard Mayra Mays Maytag
Mazama Mazarin Mazatlan Mazda Mazola Mazzini Mbabane Mbini McAdam McAllen McBride McCain McCall
McCarthy McCarthyism McCartney McCarty McClain McClellan McClure McConnell McCormick McCoy
McCray McCullough McDaniel McDonald McDonnell McDowell McEnroe McFadden McFarland McGee McGovern
McGowan McGuffey McGuire McHenry McIntosh McIntyre McKay McKee McKenzie McKinley McKinney
McKnight McLaughlin McLean McLeod McLuhan McMahon McMillan McNamara McNaughton McNeil McPherson
McQueen McVeigh Meade Meagan Meany Medan Medea Medellin Medford Medicaid Medicaids Medicare
Medicares Medici Medina Mediterranean Mediterraneans Medusa Megan Meghan Meier Meighen Meiji
Meir Mejia Mekong Mel Melanesia Melanesian Melanie Melba Melbourne Melchior Melchizedek Melendez
Melinda Melisa Melisande Melissa Mellon Melpomene Melton Melva Melville Melvin Memcached Memling
Memphis Menander Mencius Mencken Mendel Mendeleev Mendelian Mendelssohn Mendez Mendocino Mendoza
Menelaus Menelik Menes Menifee Menkalinan Menkar Menkent Mennen Mennonite Mennonites Menominee
Menotti Mensa Mentholatum Menuhin Menzies Mephistopheles Merak Mercado Mercator Merced Mercedes
Mercer Mercia Merck Mercuries Mercurochrome Meredith Merle Merlin Merlot Merovingian Merriam
Merrick Merrill Merrimack Merritt Merthiolate Merton Mervin Mesabi Mesmer Mesolithic Mesopotamia
Mesozoic Messerschmidt Messiaen Messianic Metallica Metamucil Methodism Methodisms Methodist
Methodists Methuselah Metternich Meuse Mexicali Mexican Mexicans Mexico Meyer Meyerbeer Meyers
Mfume MiG Miami Miamis Miaplacidus Micah Micawber Mich Michael Micheal Michel Michelangelo
Michele Michelin Michelle Michelob Michelson Michigan Michigander Michiganders Mick Mickie Micky
Micmac Micronesia Micronesian Microsoft Midas Middleton Middletown Midwest Midwestern Miguel
Mikhail Mikoyan Milagros Milan Mildred Milford Milken Millard Millay Millicent Millie Millikan
Milne Milo Milosevic Miltiades Milton Miltonic Miltown Milwaukee Mimi Minamoto Mindanao Mindoro
Mindy Minerva Ming Mingus Minn Minneapolis Minnelli Minnesota Minnesotan Minnesotans Minnie
Minoan Minoans Minolta Minos Minot Minotaur Minsk Minsky Mintaka Minuit Miocene Mir Mira
Mirabeau Mirach Miranda Mirfak Miriam Miro Mirzam Miskito Mississauga Mississippi Mississippian
Mississippians Missoula Missouri Missourian Missourians Missy Mistassini Mitch Mitchel Mitchell
Mitford Mithra Mithridates Mitsubishi Mitterrand Mitty Mitzi Mixtec Mizar Mnemosyne Mobil Mobutu
Modesto Modigliani Moe Moet Mogadishu Mohacs Mohamed Mohammad Mohammed Mohammedan Mohammedanism
Mohammedanisms Mohammedans Mohawk Mohawks Mohican Mohicans Moho Mohorovicic Moira Moises
Moiseyev Mojave Moldavia Moldova Moliere Molina Mollie Molly Molnar Moloch Molokai Molotov
Moluccas Mombasa Mon Mona Monaco Mondale Monday Mondays Mondrian Monera Monessen Monet MongoDB
Mongol Mongolia Mongolian Mongolians Mongoloid Mongols Monica Monique Monmouth Monongahela
Monroe Monrovia Mons Monsanto Mont Montague Montaigne Montana Montanan Montanans Montcalm Monte
Montenegrin Montenegro Monterey Monterrey Montesquieu Montessori Monteverdi Montevideo Montezuma
Montgolfier Montgomery Monticello Montoya Montpelier Montrachet Montreal Montserrat Monty Moog
Mooney Moore Moorish Morales Moran Moravia Moravian Mordred Moreno Morgan Morgantown Moriarty
Morin Morison Morita Morley Mormon Mormonism Mormonisms Mormons Moro Moroccan Moroccans Moroni
Morpheus Morphy Morris Morrison Morristown Morse Mort Mortimer Morton Moscow Moseley Moselle
Moses Moslem Moslems Mosley Mosul Motorola Motown Motrin Mott Mountbatten Mountie Mounties
Moussorgsky Mouthe Mouton Mowgli Mozambican Mozambicans Mozambique Mozart Mozilla Mrs Muawiya
Mubarak Mueller Muenster Mugabe Muhammad Muhammadan Muhammadanism Muhammadanisms Muhammadans
Muir Mujib Mulder Mullen Muller Mulligan Mullikan Mullins Mulroney Multan Multics Mumbai Mumford
Muncie Munich Munoz Munro Muppet Murasaki Murat Murchison Murdoch Murfreesboro Muriel Murillo
Murine Murmansk Murphy Murray Murrieta Murrow Murrumbidgee Muscovite Muscovy Musharraf Musial
Muskegon Muskogee Muslim Muslims Mussolini Mussorgsky Mutsuhito Muzak MySQL MySpace Myanmar
Mycenae Mycenaean Myers Mylar Mylars Myles Myra Myrdal Myrna Myron Mysore Myst Münchhausen NAACP
NAFTA NASA NASCAR NASDAQ NATO NBA NBC NCAA NCO NFL NHL NIMBY NORAD NPR NSA NSFW NVIDIA NWT NYC
Nabisco Nabokov Nader Nadia Nadine Nagasaki Nagoya Nagpur Nagy Nahuatl Nahum Naipaul Nair
Nairobi Naismith Nam Namath Namibia Namibian Namibians Nampa Nan Nanak Nanchang Nancy Nanette
Nanjing Nanking Nankings Nannie Nanook Nansen Nantes Nantucket Naomi Napa Naphtali Napier Naples
Napoleon Napoleonic Napster Narmada Narnia Narragansett Nash Nashua Nashville Nassau Nasser Nat
Natalia Natalie Natasha Natchez Nate Nathan Nathaniel Nathans Naugahyde Nauru Navaho Navahoes
Navahos Navajo Navajoes Navajos Navarre Navarro Navratilova Nazarene Nazareth Nazca Nazi Naziism
Naziisms Nazis Nazism Nazisms Ndjamena NeWSes Neal Neanderthal Neanderthals Neapolitan Nebraska
Nebraskan Nebraskans Nebuchadnezzar Ned Nefertiti Negev Negro Negroes Negroid Negroids Negros
Nehemiah Nehru Neil Nelda Nell Nellie Nelly Nelsen Nelson Nembutal Neo Neogene Neolithic Nepal
Nepalese Nepali Neptune Nereid Nerf Nero Neruda Nescafe Nesselrode Nestor Nestorius Netflix
Netherlander Netherlanders Netherlands Netscape Nettie Netzahualcoyotl Nev Neva Nevada Nevadan
Nevadans Nevis Nevsky Newark Newburgh Newcastle Newfoundland Newfoundlands Newman Newport
Newsweek Newtonian Nexis Ngaliema Nguyen Niagara Niamey Nibelung Nicaea Nicaragua Nicaraguan
Nicaraguans Niccolo Nicene Nichiren Nicholas Nichole Nichols Nicholson Nicklaus Nickolas Nicobar
Nicodemus Nicola Nicolas Nicole Nicosia Niebuhr Nielsen Nietzsche Nieves Nigel Niger Nigeria
Nigerian Nigerians Nijinsky Nike Nikita Nikkei Nikki Nikolai Nikolayev Nikon Nile Nimitz Nimrod
Nina Nineveh Nintendo Niobe Nippon Nirenberg Nisan Nisei Nissan Nita Nivea Nixon Nkrumah NoDoz
Noah Nobel Nobelist Nobelists Noe Noelle Noemi Noh Nokia Nola Nolan Nome Nona Nootka Nora
Norbert Norberto Nordic Nordics Noreen Norfolk Noriega Norma Norman Normand Normandy Normans
Norplant Norris Norse Norseman Norsemen Northampton Northeasts Northrop Northrup Norths
Northwests Norton Norway Norwegian Norwegians Norwich Nosferatu Nostradamus Nottingham
Nouakchott Noumea Nov Novartis November Novembers Novgorod Novocain Novocaine Novokuznetsk
Novosibirsk Noxzema Noyce Noyes Nubia Nubian Nukualofa Nunavut Nunez Nunki Nuremberg Nureyev
NutraSweet NyQuil Nyasa Nyerere OAS ODs OHSA OKed OKing OKs OPEC OSHA OSes OTOH Oahu Oakland
Oakley Oates Oaxaca Obadiah Obama Obamacare Oberlin Oberon Ocala Ocaml Occam Occident Oceania
Oceanus Ochoa Oct Octavia Octavio October Octobers Odell Oder Odessa Odets Odin Odis Odom
Odysseus Oedipal Oedipus Oersted Ofelia Offenbach OfficeMax Ogbomosho Ogden Ogilvy Oglethorpe
Ohio Ohioan Ohioans Oise Ojibwa Ojibwas Okeechobee Okefenokee Okhotsk Okinawa Okla Oklahoma
Oklahoman Oktoberfest Ola Olaf Olajuwon Olav Oldenburg Oldfield Oldsmobile Olduvai Olen Olenek
Olga Oligocene Olin Oliver Olivetti Olivia Olivier Ollie Olmec Olmsted Olsen Olson Olympia
Olympiad Olympiads Olympian Olympians Olympias Olympic Olympics Olympus Omaha Omahas Oman Omar
Omayyad Omdurman Omsk Onassis Oneal Onega Onegin Oneida Ono Onondaga Onsager Ontario Oort Opel
OpenOffice Ophelia Ophiuchus Oppenheimer Oprah Ora Oran Oranjestad Orbison Ordovician Oregon
Oregonian Oregonians Orem Oreo Orestes Orin Orinoco Orion Oriya Orizaba Orkney Orlando Orleans
Orlon Orlons Orly Orpheus Orphic Orr Ortega Ortiz Orval Orville Orwell Orwellian Osage Osaka
Osbert Osborn Osborne Oscar Oscars Osceola Osgood Oshawa Oshkosh Osiris Oslo Osman Ostrogoth
Ostwald Osvaldo Oswald Othello Otis Ottawa Ottawas Otto Ouagadougou Ouija Ovid Owen Owens
Owensboro Oxnard Oxonian Oxus Oxycontin Ozark Ozarks Ozymandias Ozzie PAC PARC PARCs PBS PBX PCB
PCMCIA PCs PDF PDQ PFC PGP PHP PLO PMed PMing POW PST PTA PVC Paar Pablo Pablum Pabst Pacheco
Pacino Packard Paderewski Padilla Paganini Paglia Pahlavi Paige Paine Pakistan Pakistani
Pakistanis Palau Palembang Paleocene Paleogene Paleolithic Paleozoic Palermo Palestine
Palestinian Palestinians Palestrina Paley Palikir Palladio Palmdale Palmer Palmerston Palmolive
Palmyra Palomar Pam Pamela Pamirs Panama Panamanian Panamanians Panamas Panasonic Pandora
Pangaea Pankhurst Panmunjom Pantagruel Pantaloon Panza Paracelsus Paraclete Paraguay Paraguayan
Paraguayans Paramaribo Paraná Parcheesi Pareto Paris Parisian Parisians Parker Parkersburg
Parkinson Parkman Parmesan Parmesans Parnassus Parnell Parr Parrish Parsi Parsifal Parthenon
Parthia Pasadena Pascagoula Pascal Pascals Pasco Pasquale Passover Passovers Pasternak Pasteur
Patagonia Patagonian Patel Paterson Patna Patrica Patrice Patricia Patrick Patterson Patti
Patton Paul Paula Paulette Pauli Pauline Pauling Pavarotti Pavlov Pavlova Pavlovian Pawnee
PayPal Payne Peabody Peale Pearlie Pearson Peary Pechora Peckinpah Pecos Pedro Pegasus Pegasuses
Peggy Pei Peiping Pekinese Pekineses Peking Pekingese Pekingeses Pekings Pele Pelee Peloponnese
Pembroke Pena Penderecki Penelope Penn Penney Pennington Pennsylvania Pennsylvanian
Pennsylvanians Pennzoil Pensacola Pentateuch Pentax Pentecost Pentecostal Pentecostals
Pentecosts Pentium Pentiums Peoria Pepin Pepsi Pepys Pequot Percheron Percival Percy Perelman
Perez Periclean Pericles Perkins Perl Perls Permalloy Permian Pernod Peron Perot Perrier Perry
Perseid Persephone Persepolis Perseus Pershing Persia Persian Persians Perth Peru Peruvian
Peruvians Peshawar Petaluma Pete Petersen Peterson Petra Petrarch Peugeot Pfizer PhD Phaedra
Phaethon Phanerozoic Pharisee Pharisees Phekda Phelps Phidias Phil Philadelphia Philby Philip
Philippe Philippians Philippine Philippines Philips Phillip Phillipa Phillips Philly Phipps
Phobos Phoenicia Photostat Photostats Photostatted Photostatting Phrygia Phyllis Piaf Piaget
Pianola Picasso Piccadilly Pickering Pickett Pickford Pickwick Pict Piedmont Pierre Pierrot
Pilate Pilates Pilcomayo Pillsbury Pinatubo Pincus Pindar Pinkerton Pinocchio Pinochet Pinter
Piraeus Pirandello Pisa Pisces Pisistratus Pissaro Pitcairn Pitt Pittman Pitts Pittsburgh
Pittsfield Pius Pizarro Pkwy Planck Plantagenet Plasticine Plataea Plath Plato Platonism
Platonist Platte Plautus PlayStation Playtex Pleiades Pleistocene Plexiglas Plexiglases Pliny
Pliocene Plutarch Pluto Plymouth Pocahontas Pocatello Pocono Poconos Podgorica Podhoretz Podunk
Poe Pogo Poincaré Poiret Poirot Poisson Poitier Pokémon Poland Polanski Polaris Polaroid
Polaroids Politburo Polk Pollard Pollock Pollux Polly Pollyanna Poltava Polyhymnia Polynesia
Polynesian Polynesians Polyphemus Pomerania Pomeranian Pomona Pompeii Pompey Ponce Pontchartrain
Pontiac Pontianak Poole Poona Popeye Popocatepetl Popper Poppins Popsicle Porfirio Porrima
Porsche Porterville Portia Portland Portsmouth Portugal Portuguese Poseidon PostgreSQL Potemkin
Potomac Potsdam Pottawatomie Potts Pottstown Poughkeepsie Poussin Powell PowerPC PowerPoint
Powhatan Poznan Prada Prado Praetorian Prague Praia Prakrit Pratchett Pratt Pravda Praxiteles
Preakness Precambrian Preminger Premyslid Prensa Prentice Presbyterian Presbyterianism
Presbyterians Prescott Presley Preston Pretoria Priam Pribilof Priceline Priestley Princeton
Principe Priscilla Prius Procrustean Procrustes Procter Procyon Prokofiev Promethean Prometheus
Proserpine Protagoras Proterozoic Protestantism Protestantisms Proteus Proudhon Proust
Provencals Provence Provençal Providences Provo Prozac Pruitt Prussia Prussian Prut Pryor
Psalter Psalters Ptah Ptolemaic Ptolemies Ptolemy Puccini Puckett Puebla Puerto Puget Pugh
Pulaski Pulitzer Pullman Pullmans Punic Punjab Punjabi Purana Purcell Purdue Purim Purims Purina
Puritanisms Purus Pusan Pusey Pushkin Pushtu Putin Putnam Puzo PyTorch Pygmalion Pyle Pym
Pynchon Pyongyang Pyotr Pyrenees Pyrex Pyrexes Pyrrhic Pythagoras Pythagorean Pythias Pétain
Pôrto QWERTY Qaddafi Qantas Qatar Qingdao Qiqihar Qom Quaalude Quaker Quakers Qualcomm Quaoar
Quasimodo Quaternary Quayle Quebec Quechua Queensland Quentin Quetzalcoatl Quezon Quincy Quinn
Quintilian Quinton Quirinal Quito Quixote Quixotism Qumran Quonset Quran Québecois RAF RBI RCA
RDA RDS REM REMs RFC RFCs RFD RNA ROFL ROM ROTC RSV RSVP RTFM RVs Rabat Rabelais Rabelaisian
Rabin Rachael Rachel Rachelle Rachmaninoff Racine Radcliff Radcliffe Rae Rafael Ragnarök Raleigh
Ralph Rama Ramada Ramadan Ramadans Ramakrishna Ramanujan Ramayana Rambo Ramirez Ramiro Ramon
Ramona Ramos Ramsay Ramses Ramsey Rand Randal Randall Randell Randi Randolph Rangoon Rankin
Rankine Raoul Raphael Rapunzel Raquel Rasalgethi Rasalhague Rasmussen Rasputin Rasta Rastaban
Rastafarian Rastafarianism Ratliff Raul Rawalpindi RayBan Rayburn Rayleigh Raymond Raymundo
Reagan Reaganomics Reasoner Reba Rebecca Rebekah Recife Redding Redford Redgrave Redis Redmond
Redshift Reebok Reese Refugio Reggie Regina Reginae Reginald Regor Regulus Rehnquist Reich
Reichstag Reid Reilly Reinaldo Reinhardt Reinhold Remarque Rembrandt Remington Remus Rena
Renault Rene Renee Reno Renoir Reuben Reuters Reuther Reva Revlon Rex Reyes Reykjavik Reyna
Reynaldo Reynolds Rhee Rheingau Rhenish Rhiannon Rhine Rhineland Rhoda Rhode Rhodes Rhodesia
Rhonda Rhone Ribbentrop Ricardo Richard Richards Richardson Richelieu Richie Richmond Richter
Richthofen Rickenbacker Rickey Rickie Rickover Ricky Rico Riefenstahl Riel Riemann Riesling Riga
Rigel Riggs Rigoberto Rigoletto Riley Rilke Rimbaud Ringling Ringo Rio Rios Ripley Risorgimento
Rita Ritalin Ritz Rivas Rivera Riviera Rivieras Riyadh Rizal Roanoke Robbie Robbin Robbins Robby
Roberson Robert Roberta Roberto Roberts Robertson Robeson Robespierre Robinson Robitussin Robles
Robson Robt Robyn Rocco Rocha Rochambeau Roche Rochelle Rochester Rockefeller Rockford Rockies
Rockne Rockwell Roddenberry Roderick Rodger Rodgers Rodin Rodney Rodolfo Rodrick Rodrigo
Rodriguez Rodriquez Roeg Rogelio Roget Rojas Roku Rolaids Roland Rolando Rolex Rolland
Rollerblade Rollins Rolodex Rolvaag Romanesque Romania Romanian Romanians Romanies Romano
Romanov Romans Romansh Romany Rome Romeo Romero Romes Rommel Romney Romulus Ron Ronald Ronda
Ronnie Ronny Ronstadt Rooney Roosevelt Roquefort Roqueforts Rorschach Rory Rosa Rosales Rosalie
Rosalind Rosalinda Rosalyn Rosanna Rosanne Rosario Roscoe Roseann Roseau Rosecrans Rosella
Rosemarie Rosenberg Rosendo Rosenzweig Rosetta Rosicrucian Rosie Roslyn Ross Rossetti Rossini
Rostand Rostov Rostropovich Roswell Rotarian Roth Rothko Rothschild Rotterdam Rottweiler Rouault
Roumania Rourke Rousseau Rowe Rowena Rowland Rowling Roxanne Roxie Roxy Roy Royce Rozelle
Rubaiyat Rubbermaid Ruben Rubens Rubicon Rubik Rubin Rubinstein Ruchbah Rudolf Rudolph Rudy
Rudyard Rufus Ruhr Ruiz Rukeyser Rumania Rumpelstiltskin Rumsfeld Runnymede Runyon Rupert
Rushdie Rushmore Ruskin Russ Russel Russell Russia Russian Russians Russo Rustbelt Rutan Rutgers
Ruth Rutherford Ruthie Rutledge Rwanda Rwandan Rwandans Rwandas Ryan Rydberg Ryder Ryukyu SARS
SASE SIDS SJW SLR SOSes SQL SQLite SRO SSA SST STD STOL SUSE SUV SVN Saab Saar Saarinen Saatchi
Sabbath Sabbaths Sabik Sabin Sabina Sabine Sabrina Sacajawea Sacco Sachs Sacramento Sadat Saddam
Sadducee Sade Sadie Sadr Safavid Safeway Sagan Saginaw Sagittarius Sagittariuses Sahara Sahel
Saigon Saiph Sakai Sakha Sakhalin Sakharov Saks Sal Saladin Salado Salas Salazar Salem Salerno
Salesforce Salinas Salinger Salisbury Salish Salk Sallie Sallust Salome Salton Salvador
Salvadoran Salvadorans Salvadorian Salvadorians Salvatore Salween Salyut Samantha Samar Samara
Samaritan Samaritans Samarkand Sammie Sammy Samoa Samoan Samoset Samoyed Sampson Samson
Samsonite Samsung Samuel Samuelson San Sana Sanchez Sancho Sandburg Sandinista Sandoval Sandra
Sanford Sanforized Sanger Sanhedrin Sanka Sankara Sanskrit Santa Santana Santayana Santeria
Santiago Santos Sappho Sapporo Sara Saracen Saracens Saragossa Sarah Sarajevo Saran Sarasota
Saratov Sarawak Sardinia Sargasso Sargent Sargon Sarnoff Saroyan Sarto Sartre Sasha Saskatchewan
Saskatoon Sasquatch Sassanian Sassoon Satan Satanist Saturday Saturdays Saturn Saturnalia Saudi
Saudis Saul Saunders Saundra Saussure Sauterne Savonarola Savoy Savoyard Saxon Saxons Saxony
Sayers Scala Scandinavia Scandinavian Scandinavians Scaramouch Scarborough Scarlatti Scheat
Schedar Scheherazade Schelling Schenectady Schiaparelli Schick Schiller Schindler Schlesinger
Schliemann Schlitz Schmidt Schnabel Schneider Schoenberg Schopenhauer Schrieffer Schroeder
Schrödinger Schubert Schultz Schulz Schumann Schumpeter Schuyler Schuylkill Schwartz
Schwarzenegger Schwarzkopf Schweitzer Schweppes Schwinger Schwinn Scientology Scipio Scorpio
Scorpios Scorpius Scorsese Scot Scotchman Scotchmen Scotia Scotland Scots Scotsman Scotsmen
Scotswoman Scotswomen Scott Scottie Scottish Scottsdale Scotty Scranton Scriabin Scribner
Scruggs Sculley Scylla Scythia Scythian Seaborg Seagram Sean Seattle Sebastian Sebring Seconal
Seder Seders Sedna Seebeck Seeger Sega Segovia Segre Segundo Seiko Seine Seinfeld Sejong
Selassie Selectric Selena Seleucid Seleucus Selim Seljuk Selkirk Selma Selznick Semarang
Seminole Seminoles Semiramis Semite Semites Semitic Semitics Semtex Sen Sendai Seneca Senecas
Senegal Senegalese Senghor Sennacherib Sennett Sensurround Seoul Sep Sephardi Sepoy Sept
September Septembers Septuagint Septuagints Sequoya Serb Serbia Serbian Serbians Serbs Serena
Serengeti Sergei Sergio Serpens Serra Serrano Seth Seton Seurat Seuss Sevastopol Severn Severus
Seville Seward Sextans Seychelles Seyfert Seymour Sgt Shackleton Shaffer Shaka Shakespeare
Shakespearean Shana Shane Shankara Shanna Shannon Shapiro SharePoint Shari Sharif Sharlene
Sharon Sharpe Sharron Shasta Shaula Shaun Shauna Shavian Shavuot Shaw Shawn Shawna Shawnee
Shcharansky Shea Sheba Shebeli Sheboygan Sheena Sheetrock Sheffield Sheila Shelby Sheldon Shelia
Shelley Shelly Shelton Shenandoah Shenyang Sheol Shepard Sheppard Sheratan Sheraton Sheree Sheri
Sheridan Sherlock Sherman Sherpa Sherri Sherrie Sherwood Sheryl Shetland Shetlands Shevardnadze
Shevat Shijiazhuang Shikoku Shillong Shiloh Shinto Shintoism Shintoisms Shintos Shiraz Shirley
Shiva Shockley Shoshone Shostakovitch Shrek Shreveport Shriner Shropshire Shula Shylock
Shylockian Siam Siamese Sian Sibelius Siberia Siberian Sicilian Sicilians Sicily Sid Siddhartha
Sidney Siegfried Siemens Sierpinski Sigismund Sigmund Sigurd Sihanouk Sikh Sikhism Sikhs Sikkim
Sikkimese Sikorsky Silas Silurian Silva Silvia Simenon Simmental Simmons Simon Simone Simpson
Simpsons Simpsonville Sinai Sinatra Sinclair Sindbad Sindhi Singapore Singh Sinhalese Sinkiang
Sioux Sirius Sistine Sisyphean Sisyphus Siva Sivan Sjaelland Skinner Skippy Skopje Skye Skylab
Skype Slackware Slashdot Slater Slav Slavic Slavonic Slavs Slidell Sloan Sloane Slocum Slovak
Slovakia Slovakian Slovaks Slovenia Slovenian Slovenians Slurpee Smetana Smirnoff Smithson
Smithsonian Smokey Smolensk Smollett Snapple Snead Snell Snowbelt Snyder Soave Socastee Socorro
Socrates Socratic Soddy Sodom Sofia Soho Solis Solomon Solon Solzhenitsyn Somali Somalia
Somalian Somalians Somalis Somme Somoza Sondheim Sondra Songhai Songhua Sonia Sonja Sontag Sony
Sonya Sophia Sophie Sophoclean Sophocles Sopwith Sorbonne Sosa Soto Souphanouvong Sourceforge
Sousa Southampton Southeasts Southey Souths Southwests Soweto Soyinka Soyuz Spaatz Spackle Spahn
Spain Spaniard Spaniards Spanish Sparta Spartacus Spartanburg Spartans Speer Spence Spencer
Spencerian Spengler Spenglerian Spenser Spenserian Sperry Spica Spielberg Spillane Spinoza Spinx
Spiro Spirograph Spitsbergen Spitz Spock Spokane Springdale Springfield Springsteen Sputnik
Squanto Squibb Srinagar Srivijaya Stacey Staci Stacie Stacy Stael Stafford StairMaster Stalin
Stalingrad Stalinist Stallone Stamford Stan Standish Stanford Stanislavsky Stanley Stanton
Starbucks Starkey Starr Staten Staubach Staunton Steadicam Steele Stefan Stefanie Steinbeck
Steinem Steiner Steinmetz Steinway Stella Stendhal Stengel Stephan Stephanie Stephen Stephens
Stephenson Sterne Sterno Stetson Steuben Steubenville Steve Steven Stevens Stevenson Stevie
Stewart Stieglitz Stilton Stimson Stine Stirling Stockhausen Stockholm Stockton Stolichnaya
Stolypin Stonehenge Stoppard Stowe Strabo Stradivarius Strasbourg Strauss Stravinsky Streisand
Strickland Strindberg Stromboli Stu Stuart Stuarts Studebaker Stuttgart Stuyvesant Stygian
Styrofoam Styrofoams Styron Styx Suarez Subaru Sucre Sucrets Sudan Sudanese Sudetenland Sudoku
Sudra Suetonius Suez Suffolk Sufi Sufism Suharto Sui Sukarno Sukkot Sukkoth Sukkoths Sulawesi
Suleiman Sulla Sullivan Sumatra Sumeria Sumerian Sumner Sumter Sunbelt Sundanese Sundas Sunday
Sundays Sunkist Sunni Sunnyvale Superbowl Superfund Superglue Surabaya Surat Surinam Suriname
Surya Susan Susana Susanna Susanne Susie Susquehanna Sussex Sutherland Sutton Suva Suwanee
Suzanne Suzette Suzhou Suzuki Suzy Svalbard Sven Svengali Swahili Swahilis Swammerdam Swanee
Swansea Swanson Swazi Swaziland Swede Sweden Swedenborg Swedes Swedish Sweeney Swinburne Swiss
Swissair Swisses Switzerland Sybil Sydney Sykes Sylvester Sylvia Sylvie Synge Syracuse Syria
Syriac Syrian Syrians Szechuan Szilard Szymborska Sèvres TBA TELNETTed TELNETTing TELNETs TKO
TLC TNT TOEFL TVA TVs TWA Tabasco Tabatha Tabitha Tabriz Tacitus Tacoma Tadzhik Tadzhikistan
Taegu Taejon Taft Tagalog Tagore Tagus Tahiti Tahitian Tahitians Tahoe Taichung Taine Taipei
Taiping Taiwan Taiwanese Taiyuan Tajikistan Taklamakan Talbot Taliban Taliesin Tallahassee
Tallchief Talley Talleyrand Tallinn Talmud Talmudic Talmuds Tamara Tameka Tamera Tamerlane Tami
Tamika Tamil Tammany Tammi Tammie Tammuz Tammy Tampa Tampax Tamra Tamworth Tancred Taney
Tanganyika Tangiers Tangshan Tania Tanisha Tannhäuser Tantalus Tanya Tanzania Tanzanian
Tanzanians Tao Taoism Taoisms Taoist Taoists Tara Tarantino Tarawa Tarazed Tarbell Tarim
Tarkenton Tarkington Tartary Tartuffe Tarzan Tasha Tashkent Tasman Tasmania Tasmanian Tass Tatar
Tatars Tate Tatum Taurus Tauruses Tavares Tawney Taylor Tbilisi Tchaikovsky TeXes Teasdale
Technicolor Tecumseh Ted Teddy Teflon Teflons Tegucigalpa Teheran Tehran TelePrompter Telemachus
Telemann Telugu Temecula Tempe Templar Tennessee Tennyson Tenochtitlan TensorFlow Teotihuacan
Terence Teresa Tereshkova Teri Terkel Terpsichore Terr Terra Terran Terrance Terrell Terrence
Terri Terrie Tesla Tess Tessa Tessie Tet Tethys Tetons Teutonic Tevet Texaco Texan Texans
Texarkana Texas Thackeray Thad Thaddeus Thai Thailand Thais Thales Thalia Thames Thanh Thant
Thar Tharp Thea Thebes Theiler Thelma Themistocles Theocritus Theodora Theodore Theodoric
Theodosius Theravada Theresa Therese Thermopylae Theron Theseus Thespis Thessalonian
Thessaloníki Thessaly Thieu Thimbu Thomas Thomism Thomistic Thompson Thomson Thor Thorazine
Thoreau Thornton Thorpe Thoth Thrace Thracian Thucydides Thule Thunderbird Thur Thurber Thurman
Thurmond Thurs Thursday Thursdays Thutmose Tia Tianjin Tiber Tiberius Tibet Tibetan Tibetans
Ticketmaster Ticonderoga Tienanmen Tientsin Tiffany Tigris Tijuana Tillich Tillman Tilsit Tim
Timbuktu Timex Timmy Timon Timor Timothy Timur Timurid Tina Tinkerbell Tinkertoy Tinseltown
Tintoretto Tippecanoe Tipperary Tirana Tiresias Tisha Tishri Titania Titian Titicaca Tito Titus
Titusville Tlaloc Tlingit Tobago Toby Tocantins Tocqueville Tod Todd Togo Tojo Tokay Tokugawa
Tokyo Toledo Toledos Tolkien Tolstoy Toltec Tolyatti Tomas Tombaugh Tomlin Tommie Tommy Tompkins
Tomsk Tonga Tongan Tongans Toni Tonia Tonto Tonya Topeka Topsy Torah Torahs Tories Toronto
Torquemada Torrance Torrens Torres Torricelli Tortola Tortuga Torvalds Tory Tosca Toscanini
Toshiba Toto Toulouse Townes Townsend Toynbee Toyoda Toyota Tracey Traci Tracie Tracy Trafalgar
Trailways Trajan Tran Transcaucasia Transvaal Transylvania Trappist Travis Travolta Treblinka
Trekkie Trent Trenton Trevelyan Trevino Trevor Trey Triangulum Triassic Tricia Trieste Trimurti
Trina Trinidad Tripitaka Tripoli Trippe Trisha Tristan Triton Trobriand Troilus Trojan Trojans
Trollope Trondheim Tropicana Trotsky Troyes Truckee Trudeau Trudy Truffaut Trujillo Truman
Trumbull Tsimshian Tsingtao Tsiolkovsky Tsitsihar Tsongkhapa Tswana Tuamotu Tuareg Tubman Tucson
Tucuman Tudor Tues Tuesday Tuesdays Tulane Tull Tulsa Tulsidas Tums Tungus Tunguska Tunis
Tunisia Tunisian Tunisians Tunney Tupi Tupperware Tupungato Turgenev Turin Turing Turk Turkestan
Turkish Turkmenistan Turks Turlock Turpin Tuscaloosa Tuscan Tuscany Tuscarora Tuscon Tuskegee
Tussaud Tut Tutankhamen Tutsi Tuvalu Tweedledee Tweedledum Twila Twinkies Twizzlers Tycho
Tylenol Tyler Tyndale Tyndall Tyre Tyree Tyrone Tyson UAW UBS UCLA UFO UFOs UHF UNESCO UNICEF
UPC UPI URL URLs USA USAF USB USDA USMC USN USO USS USSR UTC Ubangi Ubuntu Ucayali Uccello Udall
Ufa Uganda Ugandan Ugandans Uighur Ujungpandang Ukraine Ukrainian Ukrainians Ulster Ultrasuede
Ulyanovsk Ulysses Umbriel Underwood Ungava Unicode Unilever Uniontown Uniroyal Unitarian
Unitarianism Unitarianisms Unitarians Unitas Unixes Unukalhai Upanishads Updike Upjohn Upton
Ural Urals Urania Uranus Urdu Urey Uriah Uriel Uris Urquhart Ursa Ursula Ursuline Uruguay
Uruguayan Uruguayans Urumqi Usenet Usenets Ustinov Utah Ute Utica Utrecht Utrillo Uzbek
Uzbekistan Uzi VAX VAXes VBA VCR VDT VHF VHS VIP VIPs VLF VTOL Vacaville Vader Vaduz Val Valarie
Valdez Valdosta Valencia Valenti Valentin Valentino Valenzuela Valeria Valerian Valerie Valhalla
Valium Valiums Valkyrie Valkyries Vallejo Valletta Valois Valparaiso Valvoline Valéry Vance
Vancouver Vanderbilt Vandyke Vanessa Vang Vanuatu Vanzetti Varanasi Varese Vargas Vaseline
Vaselines Vasquez Vassar Vatican Vauban Vaughan Vaughn Vazquez Veblen Veda Vedanta Vedas Vega
Vegas Vegemite Vela Velcro Velcros Velez Velma Velveeta Velásquez Velázquez Venetian Venetians
Venezuela Venezuelan Venezuelans Venice Venn Ventolin Venus Venuses Venusian Vera Veracruz Verde
Verdi Verdun Vergil Verizon Verlaine Vermeer Vermont Vermonter Vern Verna Verne Vernon Verona
Veronese Veronica Versailles Vesalius Vespasian Vespucci Vesta Vesuvius Viacom Viagra Vic
Vicente Vichy Vicki Vickie Vicksburg Vicky Victoria Victorian Victorians Victorville Victrola
Vidal Vienna Viennese Vientiane Vietcong Vietminh Vietnam Vietnamese Vijayanagar Vijayawada
Viking Vikings Vila Villarreal Villon Vilma Vilnius Vilyui Vince Vincent Vindemiatrix Vineland
Vinson Virgie Virgil Virginia Virginian Virginians Virgo Virgos Visakhapatnam Visalia Visayans
Vishnu Visigoth Vistula Vitim Vito Vitus Vivaldi Vivekananda Vivian Vivienne Vlad Vladimir
Vladivostok Vlaminck Vlasic VoIP Volcker Voldemort Volga Volgograd Volkswagen Volstead Volta
Voltaire Volvo Vonda Vonnegut Voronezh Vorster Vuitton Vulcan Vulgate Vulgates WATS WMD WTO WWI
WWII WWW WYSIWYG Wabash Wac Waco Wagner Wagnerian Wahhabi Waikiki Waite Waksman Wald Waldemar
Walden Waldensian Waldheim Waldorf Walesa Walgreen Walgreens Walkman Wallace Wallenstein Waller
Wallis Walloon Walmart Walpole Walpurgisnacht Walsh Walt Walter Walters Walton Wanamaker Wanda
Wang Wankel Warhol Waring Warner Warsaw Warwick Wasatch Washington Washingtonian Washingtonians
Wassermann Waterbury Waterford Watergate Waterloo Waterloos Watertown Watkins Watson Watsonville
Watteau Watusi Waugh Wausau Wayne Waynesboro Webb Weber Webern Webster Websters Weddell Wedgwood
Wednesday Wednesdays Wehrmacht Wei Weierstrass Weill Weinberg Weirton Weiss Weissmuller Weizmann
Weldon Welland Weller Welles Wellingtons Welshman Welshmen Wenatchee Wendell Wendi Wendy Wesak
Wesley Wesleyan Wessex Wesson Westinghouse Westminster Weston Westphalia Wests Weyden Wezen
Wharton Wheaties Wheatstone Whig Whigs Whipple Whitaker Whitefield Whitehall Whitehead
Whitehorse Whiteley Whitfield Whitley Whitman Whitney Whitsunday Whitsundays Whittier WiFi Wicca
Wichita Wiemar Wiesel Wiesenthal Wiggins Wigner Wii Wikileaks Wikipedia Wilberforce Wilbert
Wilbur Wilburn Wilcox Wilda Wilde Wiley Wilford Wilfred Wilfredo Wilhelm Wilhelmina Wilkerson
Wilkes Wilkins Wilkinson Willa Willamette Willard Willemstad William Williams Williamsburg
Williamson Williamsport Willie Willis Willy Wilma Wilmer Wilmington Wilson Wilsonian Wilton
Wimbledon Wimsey Winchell Winchester Winchesters Windex Windhoek Windsor Windsors Winesap
Winfred Winfrey Winifred Winkle Winnebago Winnie Winnipeg Winston Winthrop Wis Wisconsin
Wisconsinite Wisconsinites Witt Wittgenstein Witwatersrand Wobegon Wodehouse Wolfe Wolff
Wolfgang Wollongong Wollstonecraft Wolsey Wonderbra Wong Woodard Woodhull Woodrow Woodstock
Woodward Woolf Woolite Woolongong Woolworth Wooster Wooten Worcester Worcesters Worcestershire
WordPress Wordsworth Wotan Wovoka Wozniak Wozzeck Wrangell Wrigley Wroclaw Wuhan Wurlitzer Wyatt
Wycherley Wycliffe Wyeth Wylie Wynn Wyo Wyoming Wyomingite Wyomingites XEmacs XML Xamarin Xanadu
Xanthippe Xavier Xenakis Xenia Xenophon Xerox Xeroxes Xerxes Xes Xhosa Xiaoping Ximenes Xingu
Xiongnu Xmas Xmases Xochipilli Xuzhou YMCA YMHA YMMV YWCA YWHA Yacc Yahtzee Yahweh Yakima Yakut
Yakutsk Yale Yalow Yalta Yalu Yamagata Yamaha Yamoussoukro Yang Yangon Yangtze Yankee Yankees
Yaobang Yaounde Yaqui Yaroslavl Yataro Yates Yauco Yeager Yeats Yekaterinburg Yellowknife
Yellowstone Yeltsin Yemen Yemeni Yemenis Yenisei Yerevan Yerkes Yesenia Yevtushenko Yggdrasil
Yiddish Ymir Yoda Yoknapatawpha Yoko Yokohama Yolanda Yong Yonkers York Yorkie Yorkshire
Yorktown Yoruba Yosemite Yossarian YouTube Youngstown Ypres Ypsilanti Yuan Yucatan Yugo Yugoslav
Yugoslavia Yugoslavian Yugoslavians Yukon Yules Yuletides Yuma Yunnan Yuri Yves Yvette Yvonne
Zachariah Zachary Zachery Zagreb Zaire Zairian Zambezi Zambia Zambian Zambians Zamboni Zamenhof
Zamora Zane Zanuck Zanzibar Zapata Zaporozhye Zapotec Zappa Zara Zealand Zebedee Zechariah
Zedekiah Zedong Zeffirelli Zeke Zelig Zelma Zenger Zeno Zephaniah Zephyrhills Zephyrus Zeus
Zhengzhou Zhivago Zhukov Zibo Ziegfeld Ziegler Ziggy Zimbabwe Zimbabwean Zimbabweans Zimmerman
Zinfandel Zion Zionism Zionisms Zionist Zionists Zions Ziploc Zoe Zola Zollverein Zoloft Zomba
Zorn Zoroaster Zoroastrian Zoroastrianism Zoroastrianisms Zorro Zosma Zsigmondy Zubenelgenubi
Zubeneschamali Zukor Zulu Zulus Zuni Zwingli Zworykin Zyrtec Zyuganov Zürich eBay eMusic fMRI
iOS iPad iPhone iPod iTunes kHz Ångström
"""
