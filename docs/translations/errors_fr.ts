<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="65" />
        <source>Your role does not allow %1 on the platform %2.</source>
        <translation>Votre rôle n'autorise pas %1 sur la plateforme %2.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="69" />
        <source>Your role does not allow %1: none of the stores of merchant %2 is on your platforms.</source>
        <translation>Votre rôle n'autorise pas %1 : aucune boutique du marchand %2 n'est sur vos plateformes.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="78" />
        <source>Your role does not allow %1: the store %2 is on none of your platforms.</source>
        <translation>Votre rôle n'autorise pas %1 : la boutique %2 n'est sur aucune de vos plateformes.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="84" />
        <source>Your role does not allow this change on the platforms %1.</source>
        <translation>Votre rôle n'autorise pas cette modification sur les plateformes %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="87" />
        <source>Your role does not allow %1.</source>
        <translation>Votre rôle n'autorise pas %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="93" />
        <source>%1 cannot be disabled: other modules need it (%2). Disable them first, or include them.</source>
        <translation>%1 ne peut pas être désactivé : d'autres modules en ont besoin (%2). Désactivez-les d'abord, ou incluez-les.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="106" />
        <source>There is no merchant %1.</source>
        <translation>Il n'existe aucun marchand %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="107" />
        <source>There is no store %1.</source>
        <translation>Il n'existe aucune boutique %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="108" />
        <location filename="../../console/dialogs/error_text.py" line="123" />
        <source>There is no platform %1.</source>
        <translation>Il n'existe aucune plateforme %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="109" />
        <source>There is no customer %1.</source>
        <translation>Il n'existe aucun client %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="110" />
        <source>There is no order %1.</source>
        <translation>Il n'existe aucune commande %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="111" />
        <source>There is no payment #%1.</source>
        <translation>Il n'existe aucun paiement n° %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="112" />
        <source>There is no refund #%1.</source>
        <translation>Il n'existe aucun remboursement n° %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="113" />
        <source>There is no module %1.</source>
        <translation>Il n'existe aucun module %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="114" />
        <location filename="../../console/dialogs/error_text.py" line="529" />
        <source>There is no user %1.</source>
        <translation>Il n'existe aucun utilisateur %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="124" />
        <source>These platforms do not exist: %1.</source>
        <translation>Ces plateformes n'existent pas : %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="131" />
        <source>The merchant %1 is already suspended.</source>
        <translation>Le marchand %1 est déjà suspendu.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="132" />
        <source>The store %1 is already suspended.</source>
        <translation>La boutique %1 est déjà suspendue.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="136" />
        <source>The merchant %1 is not suspended.</source>
        <translation>Le marchand %1 n'est pas suspendu.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="137" />
        <source>The store %1 is not suspended.</source>
        <translation>La boutique %1 n'est pas suspendue.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="145" />
        <source>The number of rows asked for must be between 1 and %1.</source>
        <translation>Le nombre de lignes demandé doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="151" />
        <source>Captured %1, refunded %2, pending %3, awaiting approval %4.</source>
        <translation>Encaissé %1, remboursé %2, en attente %3, en attente d'approbation %4.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="162" />
        <source>%1 cannot be refunded on payment #%2: only %3 is still refundable.</source>
        <translation>Impossible de rembourser %1 sur le paiement n° %2 : seuls %3 sont encore remboursables.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="171" />
        <source>Payment #%1 has nothing left to refund.</source>
        <translation>Le paiement n° %1 n'a plus rien à rembourser.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="178" />
        <source>Wrong password. The account %1 is now locked for %2 minutes.</source>
        <translation>Mot de passe incorrect. Le compte %1 est maintenant verrouillé pour %2 minutes.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="182" />
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="187" />
        <source>A password needs at least %1 characters.</source>
        <translation>Un mot de passe doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="188" />
        <source>A password may not start or end with a space.</source>
        <translation>Un mot de passe ne peut pas commencer ni se terminer par une espace.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="196" />
        <source>%1 holds control or invisible characters (%2).</source>
        <translation>%1 contient des caractères de contrôle ou invisibles (%2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="201" />
        <source>%1 is not a valid user name: 2 to 64 lower-case letters, digits, . _ -, starting with a letter.</source>
        <translation>%1 n'est pas un nom d'utilisateur valide : de 2 à 64 lettres minuscules, chiffres, . _ -, commençant par une lettre.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="206" />
        <source>%1 is not a valid platform code: lower-case letters, digits and dashes, up to 64.</source>
        <translation>%1 n'est pas un code de plateforme valide : lettres minuscules, chiffres et tirets, 64 au plus.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="209" />
        <location filename="../../console/dialogs/error_text.py" line="218" />
        <source>%1 is not a currency code this platform knows (e.g. EUR).</source>
        <translation>%1 n'est pas un code de devise connu de la plateforme (p. ex. EUR).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="225" />
        <source>%1: amounts in %2 are whole numbers.</source>
        <translation>%1 : les montants en %2 sont des nombres entiers.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="226" />
        <source>%1: %2 has %3 decimals.</source>
        <translation>%1 : %2 a %3 décimales.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="231" />
        <source>%1 (on 1 platform)</source>
        <translation>%1 (sur 1 plateforme)</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="231" />
        <source>%1 (on %2 platforms)</source>
        <translation>%1 (sur %2 plateformes)</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="234" />
        <source>The downgrade is refused: it drops the tables of %1, enabled on 1 platform.</source>
        <translation>La rétrogradation est refusée : elle supprime les tables de %1, activé sur 1 plateforme.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="238" />
        <source>The downgrade is refused: it drops the tables of %1, enabled on %2 platforms.</source>
        <translation>La rétrogradation est refusée : elle supprime les tables de %1, activés sur %2 plateformes.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="244" />
        <source>Disable %1 on every platform first.</source>
        <translation>Désactivez d'abord %1 sur toutes les plateformes.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="247" />
        <source>%1 are core modules: their tables stay while platforms exist.</source>
        <translation>%1 sont des modules essentiels : leurs tables restent tant qu'il existe des plateformes.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="256" />
        <source>The migration was cancelled before its first revision.</source>
        <translation>La migration a été annulée avant sa première révision.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="258" />
        <source>The migration was cancelled; 1 revision was applied.</source>
        <translation>La migration a été annulée ; 1 révision a été appliquée.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="259" />
        <source>The migration was cancelled; %1 revisions were applied.</source>
        <translation>La migration a été annulée ; %1 révisions ont été appliquées.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="265" />
        <source>Another migration run is in progress: %1 to %2 by %3, started %4. Wait until it ends.</source>
        <translation>Une autre migration est en cours : %1 vers %2 par %3, commencée le %4. Attendez qu'elle se termine.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="277" />
        <source>The change is refused on 1 platform; nothing was written. Apply it without the refused platform, or resolve it first.</source>
        <translation>La modification est refusée sur 1 plateforme ; rien n'a été enregistré. Appliquez-la sans la plateforme refusée, ou réglez d'abord le problème.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="283" />
        <source>The change is refused on %1 platforms; nothing was written. Apply it without the refused platforms, or resolve them first.</source>
        <translation>La modification est refusée sur %1 plateformes ; rien n'a été enregistré. Appliquez-la sans les plateformes refusées, ou réglez d'abord les problèmes.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="293" />
        <source>the manual gateway</source>
        <translation>le prestataire manuel</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="305" />
        <source>%1 declined the refund: %2</source>
        <translation>%1 a refusé le remboursement : %2</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="306" />
        <source>%1 declined the payment: %2</source>
        <translation>%1 a refusé le paiement : %2</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="308" />
        <source>%1 declined the operation: %2</source>
        <translation>%1 a refusé l'opération : %2</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="314" />
        <source>%1 refused the refund as invalid: %2</source>
        <translation>%1 a rejeté le remboursement comme non valide : %2</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="315" />
        <source>%1 refused the payment as invalid: %2</source>
        <translation>%1 a rejeté le paiement comme non valide : %2</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="318" />
        <source>%1 refused the operation as invalid: %2</source>
        <translation>%1 a rejeté l'opération comme non valide : %2</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="326" />
        <source>%1 is turning requests away for now; nothing was done. Try again in %2 seconds.</source>
        <translation>%1 refuse les demandes pour le moment ; rien n'a été fait. Réessayez dans %2 secondes.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="333" />
        <source>%1 is turning requests away for now; nothing was done. Try again in a minute.</source>
        <translation>%1 refuse les demandes pour le moment ; rien n'a été fait. Réessayez dans une minute.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="340" />
        <source>Some settings of %1 are not valid:</source>
        <translation>Certains paramètres de %1 ne sont pas valides :</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="341" />
        <source>Some settings are not valid; fix them, or remove them to use the defaults:</source>
        <translation>Certains paramètres ne sont pas valides ; corrigez-les, ou supprimez-les pour utiliser les valeurs par défaut :</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="349" />
        <source>it cannot be read.</source>
        <translation>il ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="350" />
        <source>its revision fields must be literals.</source>
        <translation>ses champs de révision doivent être des littéraux.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="351" />
        <source>its name does not follow MODULE_SEQ_DESCRIPTION.py.</source>
        <translation>son nom ne suit pas MODULE_SEQ_DESCRIPTION.py.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="352" />
        <source>its revision id does not match its file name.</source>
        <translation>son identifiant de révision ne correspond pas au nom du fichier.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="353" />
        <source>its sequence number is used twice.</source>
        <translation>son numéro de séquence est utilisé deux fois.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="354" />
        <source>only the first revision of a branch carries the branch label.</source>
        <translation>seule la première révision d'une branche porte l'étiquette de la branche.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="355" />
        <source>its down_revision breaks the straight line of its branch.</source>
        <translation>son down_revision rompt la ligne droite de sa branche.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="356" />
        <source>its depends_on is not valid.</source>
        <translation>son depends_on n'est pas valide.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="359" />
        <source>The migration file %1 is not valid: %2</source>
        <translation>Le fichier de migration %1 n'est pas valide : %2</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="367" />
        <source>Cannot reach the database %1: is the server running, and are the host and port right?</source>
        <translation>Impossible de joindre la base de données %1 : le serveur est-il démarré, l'hôte et le port sont-ils corrects ?</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="377" />
        <source>The trial run of the migration to %1 failed; nothing was changed.</source>
        <translation>La simulation de la migration vers %1 a échoué ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="384" />
        <source>%1 is limited to %2 characters (it has %3).</source>
        <translation>%1 est limité à %2 caractères (il en compte %3).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="392" />
        <source>The reason is limited to %1 characters.</source>
        <translation>Le motif est limité à %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="397" />
        <source>--%1 must be from 0 to %2.</source>
        <translation>--%1 doit être compris entre 0 et %2.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="398" />
        <source>The demo data needs merchants and platforms for its stores, and stores for its orders.</source>
        <translation>Les données de démonstration ont besoin de marchands et de plateformes pour leurs boutiques, et de boutiques pour leurs commandes.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="404" />
        <source>Only a SQLite database file has backups; PostgreSQL rolls a failed run back.</source>
        <translation>Seul un fichier de base de données SQLite a des sauvegardes ; PostgreSQL annule une migration qui échoue.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="410" />
        <source>%1 is not a migration target here: type MODULE@head, MODULE@base or a revision id.</source>
        <translation>%1 n'est pas une cible de migration ici : saisissez MODULE@head, MODULE@base ou un identifiant de révision.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="415" />
        <source>No migration target given: type MODULE@head, MODULE@base or a revision id.</source>
        <translation>Aucune cible de migration : saisissez MODULE@head, MODULE@base ou un identifiant de révision.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="422" />
        <source>The database holds revisions this version does not know (%1): it was migrated by another release. Nothing was migrated.</source>
        <translation>La base de données contient des révisions que cette version ne connaît pas (%1) : elle a été migrée par une autre version. Aucune migration n'a été faite.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="433" />
        <source>The latency thresholds must be more than 0 ms.</source>
        <translation>Les seuils de latence doivent être supérieurs à 0 ms.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="434" />
        <source>The warning latency must not exceed the critical latency.</source>
        <translation>La latence d'avertissement ne doit pas dépasser la latence critique.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="435" />
        <source>The failures before unhealthy must be between 1 and 100.</source>
        <translation>Le nombre d'échecs avant l'état défaillant doit être compris entre 1 et 100.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="443" />
        <source>%1 is a core module and stays enabled.</source>
        <translation>%1 est un module essentiel et reste activé.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="445" />
        <source>%1 is needed by a module this change enables, and disabled by it too.</source>
        <translation>%1 est requis par un module que cette modification active, et elle le désactive aussi.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="449" />
        <source>%1 is an internal module: changing it needs the modules.internal permission.</source>
        <translation>%1 est un module interne : le modifier nécessite l'autorisation modules.internal.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="454" />
        <source>The definition of the module %1 is not valid (field %2).</source>
        <translation>La définition du module %1 n'est pas valide (champ %2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="459" />
        <source>%1 cannot be enabled and disabled in one change.</source>
        <translation>%1 ne peut pas être activé et désactivé dans une même modification.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="462" />
        <source>Cancelled before anything was written.</source>
        <translation>Annulé avant tout enregistrement.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="464" />
        <source>The modules depend on each other in a cycle: %1.</source>
        <translation>Les modules dépendent les uns des autres en boucle : %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="466" />
        <source>The module registry has several problems; see the log.</source>
        <translation>Le registre des modules présente plusieurs problèmes ; voir le journal.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="470" />
        <source>The module code %1 is defined twice.</source>
        <translation>Le code de module %1 est défini deux fois.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="473" />
        <source>The package %1 defines no module (DEFINITION is missing).</source>
        <translation>Le paquet %1 ne définit aucun module (DEFINITION manque).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="476" />
        <source>The module %1 lives in the wrong package (%2).</source>
        <translation>Le module %1 se trouve dans le mauvais paquet (%2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="479" />
        <source>The module %1 requires an unknown module, %2.</source>
        <translation>Le module %1 requiert un module inconnu, %2.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="482" />
        <source>The core module %1 requires %2, which is not a core module.</source>
        <translation>Le module essentiel %1 requiert %2, qui n'est pas un module essentiel.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="487" />
        <source>The module %1 requires the internal module %2; only internal modules may.</source>
        <translation>Le module %1 requiert le module interne %2 ; seuls les modules internes le peuvent.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="494" />
        <source>The configuration file %1 cannot be read: it must be UTF-8 text in TOML.</source>
        <translation>Le fichier de configuration %1 ne peut pas être lu : il doit être un texte UTF-8 au format TOML.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="497" />
        <source>The module %1 has no settings.</source>
        <translation>Le module %1 n'a pas de paramètres.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="499" />
        <source>The module %1 has no setting %2.</source>
        <translation>Le module %1 n'a pas de paramètre %2.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="502" />
        <source>%1 is not a refund limit: write minor units, e.g. 10000, or per currency EUR:10000.</source>
        <translation>%1 n'est pas un plafond de remboursement : indiquez des unités mineures, p. ex. 10000, ou par devise EUR:10000.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="507" />
        <source>Secret settings need an encryption key (PLATFORM_SECRETS_KEY or the keyring).</source>
        <translation>Les paramètres secrets nécessitent une clé de chiffrement (PLATFORM_SECRETS_KEY ou le trousseau).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="511" />
        <source>There is no keyring on this system to keep %1 in; set it in the environment instead.</source>
        <translation>Ce système n'a pas de trousseau pour conserver %1 ; définissez-le plutôt dans l'environnement.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="516" />
        <source>PLATFORM_SECRETS_KEY is not a valid key.</source>
        <translation>PLATFORM_SECRETS_KEY n'est pas une clé valide.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="517" />
        <source>A secret setting cannot be decrypted with this key. Was the key changed?</source>
        <translation>Un paramètre secret ne peut pas être déchiffré avec cette clé. La clé a-t-elle été changée ?</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="523" />
        <source>Name at least one platform.</source>
        <translation>Indiquez au moins une plateforme.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="524" />
        <source>Choose some platforms or all of them, not both.</source>
        <translation>Choisissez certaines plateformes ou toutes, pas les deux.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="525" />
        <source>A platform needs a name.</source>
        <translation>Une plateforme doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="527" />
        <source>A platform %1 exists already.</source>
        <translation>Une plateforme %1 existe déjà.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="528" />
        <source>Wrong user name or password.</source>
        <translation>Nom d'utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="531" />
        <source>The account %1 is disabled.</source>
        <translation>Le compte %1 est désactivé.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="533" />
        <source>The account %1 is locked after too many failed sign-ins, until %2. An administrator can unlock it.</source>
        <translation>Le compte %1 est verrouillé jusqu'au %2 après trop d'échecs de connexion. Un administrateur peut le déverrouiller.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="541" />
        <source>Sign in first.</source>
        <translation>Connectez-vous d'abord.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="544" />
        <source>A user %1 exists already.</source>
        <translation>Un utilisateur %1 existe déjà.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="546" />
        <source>Another user was created meanwhile: sign in instead.</source>
        <translation>Un autre utilisateur a été créé entre-temps : connectez-vous plutôt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="548" />
        <source>%1 is not a role.</source>
        <translation>%1 n'est pas un rôle.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="551" />
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="552" />
        <source>Only a signed-in user has a password to change.</source>
        <translation>Seul un utilisateur connecté a un mot de passe à changer.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="554" />
        <source>%1 is the last active super admin: create another one first.</source>
        <translation>%1 est le dernier super-administrateur actif : créez-en d'abord un autre.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="556" />
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="563" />
        <source>Several stores have an order %1: choose the store.</source>
        <translation>Plusieurs boutiques ont une commande %1 : choisissez la boutique.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="569" />
        <source>A reason is required.</source>
        <translation>Un motif est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="573" />
        <source>An e-mail or domain search needs at least %1 characters.</source>
        <translation>Une recherche par e-mail ou domaine nécessite au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="575" />
        <source>%1 is not a kind of search.</source>
        <translation>%1 n'est pas un type de recherche.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="577" />
        <source>The list cannot be sorted by %1; it can by %2.</source>
        <translation>La liste ne peut pas être triée par %1 ; elle peut l'être par %2.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="580" />
        <source>%1 is not a status: active or suspended.</source>
        <translation>%1 n'est pas un statut : actif ou suspendu.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="582" />
        <source>Stores can be filtered by merchant, merchants cannot.</source>
        <translation>Les boutiques peuvent être filtrées par marchand, les marchands non.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="584" />
        <source>Give either a start or an end of the page, not both.</source>
        <translation>Indiquez le début ou la fin de la page, pas les deux.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="585" />
        <source>The offset must be 0 or more.</source>
        <translation>Le décalage doit être de 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="591" />
        <source>This page marker belongs to another list; reload the list.</source>
        <translation>Ce repère de page appartient à une autre liste ; rechargez la liste.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="594" />
        <source>The amount must be positive.</source>
        <translation>Le montant doit être positif.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="596" />
        <source>This idempotency key was used for another amount (payment #%1).</source>
        <translation>Cette clé d'idempotence a servi pour un autre montant (paiement n° %1).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="598" />
        <source>A payment with this idempotency key is in progress.</source>
        <translation>Un paiement avec cette clé d'idempotence est en cours.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="604" />
        <source>A refund needs a reason.</source>
        <translation>Un remboursement nécessite un motif.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="606" />
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="607" />
        <source>%1 is not a refund state.</source>
        <translation>%1 n'est pas un état de remboursement.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="609" />
        <source>Refund #%1 is not awaiting approval (it is %2).</source>
        <translation>Le remboursement n° %1 n'attend pas d'approbation (il est %2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="612" />
        <source>You requested refund #%1: another approver must decide it.</source>
        <translation>Vous avez demandé le remboursement n° %1 : un autre approbateur doit en décider.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="615" />
        <source>Refund #%1 was interrupted; it stays pending until it is resolved, and is never made twice.</source>
        <translation>Le remboursement n° %1 a été interrompu ; il reste en attente jusqu'à sa résolution, et n'est jamais fait deux fois.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="621" />
        <source>%1 is not an amount.</source>
        <translation>%1 n'est pas un montant.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="625" />
        <source>No payment gateway enabled on this platform (%1) is configured on this console (%2).</source>
        <translation>Aucun prestataire de paiement activé sur cette plateforme (%1) n'est configuré sur cette console (%2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="632" />
        <source>The gateway %1 is not enabled in this platform's payment settings.</source>
        <translation>Le prestataire %1 n'est pas activé dans les paramètres de paiement de cette plateforme.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="636" />
        <source>%1 is not configured on this console: its key is missing.</source>
        <translation>%1 n'est pas configuré sur cette console : sa clé manque.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="639" />
        <source>%1 did not accept the console's credentials; nothing was done.</source>
        <translation>%1 n'a pas accepté les identifiants de la console ; rien n'a été fait.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="645" />
        <source>%1 saw this idempotency key before with other values; nothing was done. Please report it.</source>
        <translation>%1 a déjà reçu cette clé d'idempotence avec d'autres valeurs ; rien n'a été fait. Merci de le signaler.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="653" />
        <source>%1 did not answer. Whether it acted is not known yet: the refund stays pending and is resolved later, never made twice.</source>
        <translation>%1 n'a pas répondu. On ne sait pas encore s'il a agi : le remboursement reste en attente et sera résolu plus tard, jamais fait deux fois.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="660" />
        <source>The payment gateway refused the refund.</source>
        <translation>Le prestataire de paiement a refusé le remboursement.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="666" />
        <source>The plan changed since it was shown: the database was migrated meanwhile. Plan again.</source>
        <translation>Le plan a changé depuis son affichage : la base de données a été migrée entre-temps. Recalculez le plan.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="670" />
        <source>The migration to %1 runs revisions that drop or rewrite data (%2): confirm them to run it.</source>
        <translation>La migration vers %1 exécute des révisions qui suppriment ou réécrivent des données (%2) : confirmez-les pour la lancer.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="679" />
        <source>The migration failed at %1.</source>
        <translation>La migration a échoué à %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="682" />
        <source>Its changes were rolled back.</source>
        <translation>Ses modifications ont été annulées.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="684" />
        <source>The database as it was is kept in %1.</source>
        <translation>La base de données telle qu'elle était est conservée dans %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="689" />
        <source>There is no revision %1.</source>
        <translation>Il n'existe aucune révision %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="692" />
        <source>There is no migration target %1.</source>
        <translation>Il n'existe aucune cible de migration %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="695" />
        <source>The module %1 has no migrations (it owns no tables).</source>
        <translation>Le module %1 n'a pas de migrations (il ne possède aucune table).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="699" />
        <source>%1 is not applied, so there is nothing to downgrade to.</source>
        <translation>%1 n'est pas appliqué : il n'y a rien vers quoi rétrograder.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="702" />
        <source>%1 is not a direction: upgrade or downgrade.</source>
        <translation>%1 n'est pas un sens : upgrade ou downgrade.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="706" />
        <source>%1 is not a backup of the database %2.</source>
        <translation>%1 n'est pas une sauvegarde de la base de données %2.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="709" />
        <source>There is no backup file at %1.</source>
        <translation>Il n'y a aucun fichier de sauvegarde à l'emplacement %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="712" />
        <source>%1 has no manifest: restore it only if you trust it.</source>
        <translation>%1 n'a pas de manifeste : ne la restaurez que si vous lui faites confiance.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="715" />
        <source>%1 fails SQLite's integrity check. Nothing was restored.</source>
        <translation>%1 échoue au contrôle d'intégrité de SQLite. Rien n'a été restauré.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="718" />
        <source>%1 holds no tables. Nothing was restored.</source>
        <translation>%1 ne contient aucune table. Rien n'a été restauré.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="721" />
        <source>%1 does not match its manifest: it was changed or cut short. Nothing was restored.</source>
        <translation>%1 ne correspond pas à son manifeste : elle a été modifiée ou tronquée. Rien n'a été restauré.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="727" />
        <source>The database %1 fails its integrity check: no backup was taken and nothing was run.</source>
        <translation>La base de données %1 échoue à son contrôle d'intégrité : aucune sauvegarde n'a été faite et rien n'a été exécuté.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="733" />
        <source>The migrations folder of %1 does not exist (%2).</source>
        <translation>Le dossier des migrations de %1 n'existe pas (%2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="736" />
        <source>The migrations folder of %1 holds no revision (%2).</source>
        <translation>Le dossier des migrations de %1 ne contient aucune révision (%2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="751" />
        <source>%1 is not a database URL.</source>
        <translation>%1 n'est pas une URL de base de données.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="753" />
        <source>%1 is not a supported database: use SQLite or PostgreSQL.</source>
        <translation>%1 n'est pas une base de données prise en charge : utilisez SQLite ou PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="755" />
        <source>There is no database file at %1.</source>
        <translation>Il n'y a aucun fichier de base de données à l'emplacement %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="757" />
        <source>The database %1 is not migrated (it has no table %2).</source>
        <translation>La base de données %1 n'est pas migrée (elle n'a pas de table %2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="759" />
        <source>%1 is not a SQLite database.</source>
        <translation>%1 n'est pas une base de données SQLite.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="761" />
        <source>The SQLite database %1 is damaged: restore it from a backup.</source>
        <translation>La base de données SQLite %1 est endommagée : restaurez-la à partir d'une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="764" />
        <source>The SQLite database %1 cannot be opened.</source>
        <translation>La base de données SQLite %1 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="767" />
        <source>The SQLite database %1 is read-only here: check its permissions.</source>
        <translation>La base de données SQLite %1 est ici en lecture seule : vérifiez ses droits d'accès.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="770" />
        <source>%1 is a folder, not a SQLite database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données SQLite.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="773" />
        <source>The folder of the SQLite database %1 cannot be created.</source>
        <translation>Le dossier de la base de données SQLite %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="777" />
        <source>The database %1 does not know this user name.</source>
        <translation>La base de données %1 ne connaît pas ce nom d'utilisateur.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="779" />
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="781" />
        <source>The database %1 refused the user name or password.</source>
        <translation>La base de données %1 a refusé le nom d'utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="783" />
        <source>%1 is not a file name.</source>
        <translation>%1 n'est pas un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="786" />
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 doit être un nombre entier compris entre %2 et %3.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="791" />
        <source>The demo data of %1 uses data of modules it does not require (%2).</source>
        <translation>Les données de démonstration de %1 utilisent des données de modules qu'il ne requiert pas (%2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="795" />
        <source>An unexpected error happened; the details are in the log.</source>
        <translation>Une erreur inattendue s'est produite ; les détails figurent dans le journal.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="797" />
        <source>A target needs a name.</source>
        <translation>Une cible doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="799" />
        <source>A target name has at most %1 characters and no control characters.</source>
        <translation>Un nom de cible compte au plus %1 caractères, sans caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="803" />
        <source>The interval must be between %1 s and %2 s.</source>
        <translation>L'intervalle doit être compris entre %1 s et %2 s.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="805" />
        <source>The timeout must be between 0 and 120 s.</source>
        <translation>Le délai d'attente doit être compris entre 0 et 120 s.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="807" />
        <source>A metric or query has at most %1 characters and no control characters.</source>
        <translation>Une métrique ou une requête compte au plus %1 caractères, sans caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="812" />
        <source>%1 is not an http:// or https:// address with a host.</source>
        <translation>%1 n'est pas une adresse http:// ou https:// avec un hôte.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="815" />
        <source>A target named %1 exists already.</source>
        <translation>Une cible nommée %1 existe déjà.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="817" />
        <source>%1 watches this address already.</source>
        <translation>%1 surveille déjà cette adresse.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="819" />
        <source>There is no health target %1 in this profile.</source>
        <translation>Ce profil n'a aucune cible de contrôle d'état %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="821" />
        <source>A profile name has 1 to 64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Un nom de profil compte de 1 à 64 lettres, chiffres, espaces, points, tirets ou tirets bas.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="824" />
        <source>A PostgreSQL profile needs a host.</source>
        <translation>Un profil PostgreSQL doit avoir un hôte.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="825" />
        <source>A PostgreSQL profile needs a database name.</source>
        <translation>Un profil PostgreSQL doit avoir un nom de base de données.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="826" />
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="828" />
        <source>The TLS mode must be one of %1.</source>
        <translation>Le mode TLS doit être l'un des suivants : %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="830" />
        <source>The CA file %1 does not exist.</source>
        <translation>Le fichier CA %1 n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="832" />
        <source>%1 is a built-in profile; choose another name.</source>
        <translation>%1 est un profil intégré ; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="882" />
        <source>Refused on %1: %2</source>
        <translation>Refusé sur %1 : %2</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="884" />
        <source>(and on one more platform)</source>
        <translation>(et sur une autre plateforme)</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="886" />
        <source>(and on %1 more platforms)</source>
        <translation>(et sur %1 autres plateformes)</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="901" />
        <source>A value is required.</source>
        <translation>Une valeur est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="903" />
        <source>At least %1 characters.</source>
        <translation>Au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="906" />
        <source>At most %1 characters.</source>
        <translation>Au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="908" />
        <source>This text does not have the expected form.</source>
        <translation>Ce texte n'a pas la forme attendue.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="909" />
        <source>Text is expected.</source>
        <translation>Un texte est attendu.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="910" />
        <source>At least %1 items.</source>
        <translation>Au moins %1 éléments.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="911" />
        <source>At most %1 items.</source>
        <translation>Au plus %1 éléments.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="912" />
        <source>Must be more than %1.</source>
        <translation>Doit être supérieur à %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="913" />
        <source>Must be %1 or more.</source>
        <translation>Doit être %1 ou plus.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="914" />
        <source>Must be less than %1.</source>
        <translation>Doit être inférieur à %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="915" />
        <source>Must be %1 or less.</source>
        <translation>Doit être %1 ou moins.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="917" />
        <source>Must be a multiple of %1.</source>
        <translation>Doit être un multiple de %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="919" />
        <location filename="../../console/dialogs/error_text.py" line="920" />
        <source>A whole number is expected.</source>
        <translation>Un nombre entier est attendu.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="921" />
        <source>A whole number is expected, without decimals.</source>
        <translation>Un nombre entier est attendu, sans décimales.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="922" />
        <location filename="../../console/dialogs/error_text.py" line="923" />
        <location filename="../../console/dialogs/error_text.py" line="924" />
        <source>A number is expected.</source>
        <translation>Un nombre est attendu.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="925" />
        <location filename="../../console/dialogs/error_text.py" line="926" />
        <source>Yes or no is expected.</source>
        <translation>Oui ou non est attendu.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="927" />
        <location filename="../../console/dialogs/error_text.py" line="928" />
        <source>Must be one of %1.</source>
        <translation>Doit être l'une des valeurs suivantes : %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="929" />
        <source>This is not a valid address.</source>
        <translation>Ce n'est pas une adresse valide.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="931" />
        <source>The address must start with %1.</source>
        <translation>L'adresse doit commencer par %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="933" />
        <source>There is no such setting.</source>
        <translation>Ce paramètre n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="934" />
        <source>A list is expected.</source>
        <translation>Une liste est attendue.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="935" />
        <source>A table of values is expected.</source>
        <translation>Une table de valeurs est attendue.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="950" />
        <source>This value is not valid.</source>
        <translation>Cette valeur n'est pas valide.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="957" />
        <source>%1 (environment)</source>
        <translation>%1 (environnement)</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="959" />
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
</context>
</TS>
