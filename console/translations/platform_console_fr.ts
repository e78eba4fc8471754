<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Platform Console</source>
        <translation>À propos de Platform Console</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Proprietary: for use under your organisation&apos;s agreement ({expression})</source>
        <translation>Propriétaire&#xa0;: utilisation selon l&apos;accord de votre organisation ({expression})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Platform Console&lt;/b&gt; {version}&lt;br&gt;Administration console of the modular commerce platform.</source>
        <translation>&lt;b&gt;Platform Console&lt;/b&gt; {version}&lt;br&gt;Console d&apos;administration de la plateforme de commerce modulaire.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy these details as text, for a bug report</source>
        <translation>Copier ces informations sous forme de texte, pour un rapport d&apos;anomalie</translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation>Copier les informations</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>ActionsMixin</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Changer mon mot de passe…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Encryption key of secret settings…</source>
        <translation>Clé de chiffrement des paramètres secrets…</translation>
    </message>
    <message>
        <source>Stripe API key…</source>
        <translation>Clé API Stripe…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Palette de commandes…</translation>
    </message>
    <message>
        <source>Reload page</source>
        <translation>Recharger la page</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>Column widths, order, sorting and pane sizes as at first</source>
        <translation>Largeurs, ordre et tri des colonnes et tailles des volets comme au premier démarrage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>Raccourcis clavier…</translation>
    </message>
    <message>
        <source>About Platform Console…</source>
        <translation>À propos de Platform Console…</translation>
    </message>
    <message>
        <source>Go to: {page}</source>
        <translation>Aller à&#xa0;: {page}</translation>
    </message>
    <message>
        <source>{page}: {command}</source>
        <translation>{page}&#xa0;: {command}</translation>
    </message>
    <message>
        <source>“{command}” is not available now.</source>
        <translation>«&#xa0;{command}&#xa0;» n&apos;est pas disponible pour le moment.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keyring. Try again what needed it.</source>
        <translation>La clé est conservée dans le trousseau de clés de cet ordinateur. Relancez l&apos;opération qui en avait besoin.</translation>
    </message>
</context>
<context>
    <name>ApproveRefundDialog</name>
    <message>
        <source>Approve refund #{id}</source>
        <translation>Approuver le remboursement n° {id}</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Approving sends {amount} back to the customer through {gateway} now.</source>
        <translation>En approuvant, vous renvoyez maintenant {amount} au client via {gateway}.</translation>
    </message>
    <message>
        <source>Approve and send</source>
        <translation>Approuver et envoyer</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Show the entries of this user only</source>
        <translation>Afficher uniquement les entrées de cet utilisateur</translation>
    </message>
    <message>
        <source>who (as shown)</source>
        <translation>qui (tel qu&apos;affiché)</translation>
    </message>
    <message>
        <source>The name in the Who column (demo, admin:ann, cli:ops), or a user name alone (ann).</source>
        <translation>Le nom de la colonne Qui (demo, admin:ann, cli:ops), ou un nom d&apos;utilisateur seul (ann).</translation>
    </message>
    <message>
        <source>Platform code</source>
        <translation>Code de plateforme</translation>
    </message>
    <message>
        <source>Show the entries that touched this platform only</source>
        <translation>Afficher uniquement les entrées qui concernent cette plateforme</translation>
    </message>
    <message>
        <source>platform code</source>
        <translation>code de plateforme</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>any module</source>
        <translation>tous les modules</translation>
    </message>
    <message>
        <source>since</source>
        <translation>depuis</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu&apos;à</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Entry detail</source>
        <translation>Détail de l&apos;entrée</translation>
    </message>
    <message>
        <source>Select an entry to see its request, plan and outcome.</source>
        <translation>Sélectionnez une entrée pour voir sa demande, son plan et son résultat.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y|ies) shown</source>
        <translation>
            <numerusform>%Ln entrée affichée</numerusform>
            <numerusform>%Ln entrées affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y|ies) shown (scroll for more)</source>
        <translation>
            <numerusform>%Ln entrée affichée (faites défiler pour en voir plus)</numerusform>
            <numerusform>%Ln entrées affichées (faites défiler pour en voir plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Action&#xa0;: {action}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Résultat&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Objet&#xa0;: {subject}</translation>
    </message>
    <message>
        <source>Platforms: {platforms}</source>
        <translation>Plateformes&#xa0;: {platforms}</translation>
    </message>
    <message>
        <source>Modules: {modules}</source>
        <translation>Modules&#xa0;: {modules}</translation>
    </message>
    <message>
        <source>Message: {message}</source>
        <translation>Message&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Demande&#xa0;:</translation>
    </message>
    <message>
        <source>Resolved plan:</source>
        <translation>Plan résolu&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>BranchStatusModel</name>
    <message>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installée</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Enabled on</source>
        <translation>Activé sur</translation>
    </message>
    <message>
        <source>unknown to this code: {revisions}</source>
        <translation>inconnues de ce code&#xa0;: {revisions}</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to run: {messages}</source>
        <translation>
            <numerusform>%Ln à exécuter&#xa0;: {messages}</numerusform>
            <numerusform>%Ln à exécuter&#xa0;: {messages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s)</source>
        <translation>
            <numerusform>%Ln plateforme</numerusform>
            <numerusform>%Ln plateformes</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>(not in this code)</source>
        <translation>(absent de ce code)</translation>
    </message>
</context>
<context>
    <name>CancelledRunDialog</name>
    <message>
        <source>The database is not ready: the console closes. Start it again to prepare it.</source>
        <translation>La base de données n&apos;est pas prête&#xa0;: la console se ferme. Relancez-la pour la préparer.</translation>
    </message>
    <message>
        <source>Preparing the database was cancelled</source>
        <translation>La préparation de la base de données a été annulée</translation>
    </message>
    <message>
        <source>Restore the backup and close</source>
        <translation>Restaurer la sauvegarde et fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>au moins {n} caractères</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Répéter le nouveau mot de passe</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>ChecksTable</name>
    <message>
        <source>Health checks</source>
        <translation>Contrôles d&apos;état</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Type a page or an action…</source>
        <translation>Saisissez une page ou une action…</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Commandes correspondantes</translation>
    </message>
</context>
<context>
    <name>ConfigForm</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>valeurs séparées par des virgules</translation>
    </message>
    <message>
        <source>a value (JSON or text)</source>
        <translation>une valeur (JSON ou texte)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>A migration run did not finish: the Migrations page says what to do.</source>
        <translation>Une migration ne s&apos;est pas terminée&#xa0;: la page Migrations indique quoi faire.</translation>
    </message>
    <message>
        <source>Invalid configuration</source>
        <translation>Configuration non valide</translation>
    </message>
    <message>
        <source>This database was migrated by a newer release ({revisions}); it is open read-only. Nothing is migrated down behind your back.</source>
        <translation>Cette base de données a été migrée par une version plus récente ({revisions})&#x202f;; elle est ouverte en lecture seule. Rien n&apos;est rétrogradé à votre insu.</translation>
    </message>
    <message>
        <source>Preparing the database</source>
        <translation>Préparation de la base de données</translation>
    </message>
    <message>
        <source>Migrating {revision}: {message} ({index}/{total})</source>
        <translation>Migration de {revision}&#xa0;: {message} ({index}/{total})</translation>
    </message>
    <message>
        <source>Filling the demo database…</source>
        <translation>Remplissage de la base de démonstration…</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>Connectez-vous pour continuer.</translation>
    </message>
</context>
<context>
    <name>DestructiveConfirmDialog</name>
    <message>
        <source>Downgrading deletes data of {modules}:</source>
        <translation>La rétrogradation supprime des données de {modules}&#xa0;:</translation>
    </message>
    <message>
        <source>This upgrade deletes or changes data of {modules}:</source>
        <translation>Cette mise à niveau supprime ou modifie des données de {modules}&#xa0;:</translation>
    </message>
    <message>
        <source>The console cannot undo this. A copy of the whole database is saved first; only restoring that copy brings the data back.</source>
        <translation>La console ne peut pas annuler cette opération. Une copie de toute la base de données est d&apos;abord enregistrée&#x202f;; seule la restauration de cette copie permet de récupérer les données.</translation>
    </message>
    <message>
        <source>The console cannot undo this: only a backup of the database brings the data back.</source>
        <translation>La console ne peut pas annuler cette opération&#xa0;: seule une sauvegarde de la base de données permet de récupérer les données.</translation>
    </message>
    <message>
        <source>Data will be deleted</source>
        <translation>Des données vont être supprimées</translation>
    </message>
    <message>
        <source>Downgrade and delete the data</source>
        <translation>Rétrograder et supprimer les données</translation>
    </message>
    <message>
        <source>Upgrade and change the data</source>
        <translation>Mettre à niveau et modifier les données</translation>
    </message>
    <message>
        <source>I understand that the data of {modules} will be deleted</source>
        <translation>Je comprends que les données de {modules} seront supprimées</translation>
    </message>
    <message>
        <source>the {tables} table with all its rows</source>
        <translation>la table {tables} avec toutes ses lignes</translation>
    </message>
    <message>
        <source>the {tables} tables with all their rows</source>
        <translation>les tables {tables} avec toutes leurs lignes</translation>
    </message>
    <message>
        <source>the {columns} column of {table}</source>
        <translation>la colonne {columns} de {table}</translation>
    </message>
    <message>
        <source>the {columns} columns of {table}</source>
        <translation>les colonnes {columns} de {table}</translation>
    </message>
    <message>
        <source>the values of {columns} in {table} are converted</source>
        <translation>les valeurs de {columns} dans {table} sont converties</translation>
    </message>
    <message>
        <source>rows of {table}</source>
        <translation>des lignes de {table}</translation>
    </message>
    <message>
        <source>data (see the statements below)</source>
        <translation>des données (voir les instructions ci-dessous)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a row to see its detail.</source>
        <translation>Sélectionnez une ligne pour en voir le détail.</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Suspendre…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Réactiver…</translation>
    </message>
    <message>
        <source>Stores of the merchant</source>
        <translation>Boutiques du marchand</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Boutiques</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Commandes récentes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Recent payments</source>
        <translation>Paiements récents</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>Référence du prestataire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Reveal personal data…</source>
        <translation>Afficher les données personnelles…</translation>
    </message>
    <message>
        <source>Shows this customer&apos;s e-mail, phone and address; audited.</source>
        <translation>Affiche l&apos;e-mail, le téléphone et l&apos;adresse de ce client&#x202f;; consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message numerus="yes">
        <source>Stores: {stores} on %Ln platform(s)</source>
        <translation>
            <numerusform>Boutiques&#xa0;: {stores} sur %Ln plateforme</numerusform>
            <numerusform>Boutiques&#xa0;: {stores} sur %Ln plateformes</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain: {domain}</source>
        <translation>Domaine&#xa0;: {domain}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>E-mail&#xa0;: {email}</translation>
    </message>
    <message>
        <source>Platform: {platform}</source>
        <translation>Plateforme&#xa0;: {platform}</translation>
    </message>
    <message>
        <source>Merchant: {code} · {name} ({status})</source>
        <translation>Marchand&#xa0;: {code} · {name} ({status})</translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation>Création&#xa0;: {when}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Téléphone&#xa0;: {phone}</translation>
    </message>
    <message>
        <source>Suspended: {reason}</source>
        <translation>Suspension&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>E-mail, phone and address are masked. To see one customer&apos;s, select it and choose “Reveal personal data…”: that is recorded in the audit log.</source>
        <translation>L&apos;e-mail, le téléphone et l&apos;adresse sont masqués. Pour ceux d&apos;un client, sélectionnez-le et choisissez «&#xa0;Afficher les données personnelles…&#xa0;»&#xa0;: cette consultation est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>E-mail, phone and address are masked: your role may not see them.</source>
        <translation>L&apos;e-mail, le téléphone et l&apos;adresse sont masqués&#xa0;: votre rôle ne permet pas de les voir.</translation>
    </message>
    <message>
        <source>revealed (audited)</source>
        <translation>affiché (consigné dans le journal d&apos;audit)</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Search {page}</source>
        <translation>Rechercher&#xa0;: {page}</translation>
    </message>
    <message>
        <source>Search by name, code, e-mail or domain (Ctrl+F)</source>
        <translation>Rechercher par nom, code, e-mail ou domaine (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Rechercher dans</translation>
    </message>
    <message>
        <source>Any field contains</source>
        <translation>Un champ contient</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>Le nom commence par</translation>
    </message>
    <message>
        <source>Code starts with</source>
        <translation>Le code commence par</translation>
    </message>
    <message>
        <source>E-mail contains</source>
        <translation>L&apos;e-mail contient</translation>
    </message>
    <message>
        <source>Domain contains</source>
        <translation>Le domaine contient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Count exactly</source>
        <translation>Compter exactement</translation>
    </message>
    <message>
        <source>Suspend the selected store…</source>
        <translation>Suspendre la boutique sélectionnée…</translation>
    </message>
    <message>
        <source>Suspend store {code}</source>
        <translation>Suspendre la boutique {code}</translation>
    </message>
    <message>
        <source>Reactivate store {code}</source>
        <translation>Réactiver la boutique {code}</translation>
    </message>
    <message>
        <source>Store {code} suspended</source>
        <translation>Boutique {code} suspendue</translation>
    </message>
    <message>
        <source>Store {code} reactivated</source>
        <translation>Boutique {code} réactivée</translation>
    </message>
    <message>
        <source>Suspend the selected merchant…</source>
        <translation>Suspendre le marchand sélectionné…</translation>
    </message>
    <message>
        <source>Suspend merchant {code}</source>
        <translation>Suspendre le marchand {code}</translation>
    </message>
    <message>
        <source>Reactivate merchant {code}</source>
        <translation>Réactiver le marchand {code}</translation>
    </message>
    <message>
        <source>Merchant {code} suspended</source>
        <translation>Marchand {code} suspendu</translation>
    </message>
    <message>
        <source>Merchant {code} reactivated</source>
        <translation>Marchand {code} réactivé</translation>
    </message>
    <message>
        <source>Only code, name and created sort (the indexed columns).</source>
        <translation>Seuls le code, le nom et la date de création permettent le tri (colonnes indexées).</translation>
    </message>
    <message>
        <source>Your role may not suspend or reactivate.</source>
        <translation>Votre rôle ne permet pas de suspendre ni de réactiver.</translation>
    </message>
    <message>
        <source>Suspending stops {code} from trading. Say why: the reason is kept in the audit trail.</source>
        <translation>La suspension empêche {code} de vendre. Indiquez le motif&#xa0;: il est conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Reactivating lets {code} trade again. Say why: the reason is kept in the audit trail.</source>
        <translation>La réactivation permet à {code} de vendre à nouveau. Indiquez le motif&#xa0;: il est conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Select a customer whose personal data is masked first.</source>
        <translation>Sélectionnez d&apos;abord un client dont les données personnelles sont masquées.</translation>
    </message>
    <message>
        <source>Reveal the personal data of customer {id}</source>
        <translation>Afficher les données personnelles du client {id}</translation>
    </message>
    <message>
        <source>The e-mail, phone and address of {name} will be shown. This is recorded in the audit log with your name.</source>
        <translation>L&apos;e-mail, le téléphone et l&apos;adresse de {name} vont s&apos;afficher. Cette consultation est consignée dans le journal d&apos;audit avec votre nom.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>DriftModel</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Par exemple</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>enable the core module</source>
        <translation>activer le module essentiel</translation>
    </message>
    <message>
        <source>rename to {module}</source>
        <translation>renommer en {module}</translation>
    </message>
    <message>
        <source>none: no module replaces it (left as is)</source>
        <translation>aucune&#xa0;: aucun module ne le remplace (laissé tel quel)</translation>
    </message>
    <message>
        <source>core module missing</source>
        <translation>module essentiel manquant</translation>
    </message>
    <message>
        <source>unknown module</source>
        <translation>module inconnu</translation>
    </message>
    <message numerus="yes">
        <source>{platforms} and %Ln more</source>
        <translation>
            <numerusform>{platforms} et %Ln autre</numerusform>
            <numerusform>{platforms} et %Ln autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Saisie non valide</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more platform(s)</source>
        <translation>
            <numerusform>… et %Ln autre plateforme</numerusform>
            <numerusform>… et %Ln autres plateformes</numerusform>
        </translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Code&#xa0;: {code}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>{message} (code {code})</source>
        <translation>{message} (code {code})</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. The application keeps running; the details are in the log file {path}.</source>
        <translation>Erreur inattendue&#xa0;: {error}. L&apos;application continue de fonctionner&#x202f;; les détails se trouvent dans le fichier journal {path}.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your role does not allow %1 on the platform %2.</source>
        <translation>Votre rôle n&apos;autorise pas %1 sur la plateforme %2.</translation>
    </message>
    <message>
        <source>Your role does not allow %1: none of the stores of merchant %2 is on your platforms.</source>
        <translation>Votre rôle n&apos;autorise pas %1&#xa0;: aucune boutique du marchand %2 n&apos;est sur vos plateformes.</translation>
    </message>
    <message>
        <source>Your role does not allow %1: the store %2 is on none of your platforms.</source>
        <translation>Votre rôle n&apos;autorise pas %1&#xa0;: la boutique %2 n&apos;est sur aucune de vos plateformes.</translation>
    </message>
    <message>
        <source>Your role does not allow this change on the platforms %1.</source>
        <translation>Votre rôle n&apos;autorise pas cette modification sur les plateformes %1.</translation>
    </message>
    <message>
        <source>Your role does not allow %1.</source>
        <translation>Votre rôle n&apos;autorise pas %1.</translation>
    </message>
    <message>
        <source>%1 cannot be disabled: other modules need it (%2). Disable them first, or include them.</source>
        <translation>%1 ne peut pas être désactivé&#xa0;: d&apos;autres modules en ont besoin (%2). Désactivez-les d&apos;abord, ou incluez-les.</translation>
    </message>
    <message>
        <source>There is no merchant %1.</source>
        <translation>Il n&apos;existe aucun marchand %1.</translation>
    </message>
    <message>
        <source>There is no store %1.</source>
        <translation>Il n&apos;existe aucune boutique %1.</translation>
    </message>
    <message>
        <source>There is no platform %1.</source>
        <translation>Il n&apos;existe aucune plateforme %1.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Il n&apos;existe aucun client %1.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>Il n&apos;existe aucune commande %1.</translation>
    </message>
    <message>
        <source>There is no payment #%1.</source>
        <translation>Il n&apos;existe aucun paiement n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>There is no refund #%1.</source>
        <translation>Il n&apos;existe aucun remboursement n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>There is no module %1.</source>
        <translation>Il n&apos;existe aucun module %1.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Il n&apos;existe aucun utilisateur %1.</translation>
    </message>
    <message>
        <source>No platform has the tag %1.</source>
        <translation>Aucune plateforme ne porte l’étiquette %1.</translation>
    </message>
    <message>
        <source>Every platform of the target has one of the excluded tags (%1).</source>
        <translation>Chaque plateforme de la cible porte l’une des étiquettes exclues (%1).</translation>
    </message>
    <message>
        <source>These platforms do not exist: %1.</source>
        <translation>Ces plateformes n&apos;existent pas&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The merchant %1 is already suspended.</source>
        <translation>Le marchand %1 est déjà suspendu.</translation>
    </message>
    <message>
        <source>The store %1 is already suspended.</source>
        <translation>La boutique %1 est déjà suspendue.</translation>
    </message>
    <message>
        <source>The merchant %1 is not suspended.</source>
        <translation>Le marchand %1 n&apos;est pas suspendu.</translation>
    </message>
    <message>
        <source>The store %1 is not suspended.</source>
        <translation>La boutique %1 n&apos;est pas suspendue.</translation>
    </message>
    <message>
        <source>The number of rows asked for must be between 1 and %1.</source>
        <translation>Le nombre de lignes demandé doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>Captured %1, refunded %2, pending %3, awaiting approval %4.</source>
        <translation>Encaissé %1, remboursé %2, en attente %3, en attente d&apos;approbation %4.</translation>
    </message>
    <message>
        <source>%1 cannot be refunded on payment #%2: only %3 is still refundable.</source>
        <translation>Impossible de rembourser %1 sur le paiement n°&#xa0;%2&#xa0;: seuls %3 sont encore remboursables.</translation>
    </message>
    <message>
        <source>Payment #%1 has nothing left to refund.</source>
        <translation>Le paiement n°&#xa0;%1 n&apos;a plus rien à rembourser.</translation>
    </message>
    <message>
        <source>Wrong password. The account %1 is now locked for %2 minutes.</source>
        <translation>Mot de passe incorrect. Le compte %1 est maintenant verrouillé pour %2 minutes.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %Ln character(s).</source>
        <translation>
            <numerusform>Un mot de passe doit compter au moins %Ln caractère.</numerusform>
            <numerusform>Un mot de passe doit compter au moins %Ln caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password may not start or end with a space.</source>
        <translation>Un mot de passe ne peut pas commencer ni se terminer par une espace.</translation>
    </message>
    <message>
        <source>%1 holds control or invisible characters (%2).</source>
        <translation>%1 contient des caractères de contrôle ou invisibles (%2).</translation>
    </message>
    <message>
        <source>%1 is not a valid user name: 2 to 64 lower-case letters, digits, . _ -, starting with a letter.</source>
        <translation>%1 n&apos;est pas un nom d&apos;utilisateur valide&#xa0;: de 2 à 64 lettres minuscules, chiffres, . _ -, commençant par une lettre.</translation>
    </message>
    <message>
        <source>%1 is not a valid platform code: lower-case letters, digits and dashes, up to 64.</source>
        <translation>%1 n&apos;est pas un code de plateforme valide&#xa0;: lettres minuscules, chiffres et tirets, 64 au plus.</translation>
    </message>
    <message>
        <source>%1 is not a currency code this platform knows (e.g. EUR).</source>
        <translation>%1 n&apos;est pas un code de devise connu de la plateforme (p. ex. EUR).</translation>
    </message>
    <message>
        <source>%1 is not a valid tag: lower-case letters, digits and dashes, at most one colon (country:lu), up to 64 characters.</source>
        <translation>%1 n’est pas une étiquette valide&#xa0;: lettres minuscules, chiffres et tirets, au plus un deux-points (country:lu), 64 caractères au plus.</translation>
    </message>
    <message>
        <source>“%1” is not an amount as this language writes it (e.g. %2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant écrit comme dans cette langue (p. ex. %2).</translation>
    </message>
    <message>
        <source>%1 is not an amount.</source>
        <translation>%1 n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>%1: amounts in %2 are whole numbers.</source>
        <translation>%1&#xa0;: les montants en %2 sont des nombres entiers.</translation>
    </message>
    <message>
        <source>%1: %2 has %3 decimals.</source>
        <translation>%1&#xa0;: %2 a %3 décimales.</translation>
    </message>
    <message>
        <source>%1 (on 1 platform)</source>
        <translation>%1 (sur 1 plateforme)</translation>
    </message>
    <message>
        <source>%1 (on %2 platforms)</source>
        <translation>%1 (sur %2 plateformes)</translation>
    </message>
    <message>
        <source>The downgrade is refused: it drops the tables of %1, enabled on 1 platform.</source>
        <translation>La rétrogradation est refusée&#xa0;: elle supprime les tables de %1, activé sur 1 plateforme.</translation>
    </message>
    <message>
        <source>The downgrade is refused: it drops the tables of %1, enabled on %2 platforms.</source>
        <translation>La rétrogradation est refusée&#xa0;: elle supprime les tables de %1, activés sur %2 plateformes.</translation>
    </message>
    <message>
        <source>Disable %1 on every platform first.</source>
        <translation>Désactivez d&apos;abord %1 sur toutes les plateformes.</translation>
    </message>
    <message>
        <source>%1 are core modules: their tables stay while platforms exist.</source>
        <translation>%1 sont des modules essentiels&#xa0;: leurs tables restent tant qu&apos;il existe des plateformes.</translation>
    </message>
    <message>
        <source>The migration was cancelled before its first revision.</source>
        <translation>La migration a été annulée avant sa première révision.</translation>
    </message>
    <message>
        <source>The migration was cancelled; 1 revision was applied.</source>
        <translation>La migration a été annulée&#xa0;; 1 révision a été appliquée.</translation>
    </message>
    <message>
        <source>The migration was cancelled; %1 revisions were applied.</source>
        <translation>La migration a été annulée&#xa0;; %1 révisions ont été appliquées.</translation>
    </message>
    <message>
        <source>Another migration run is in progress: %1 to %2 by %3, started %4. Wait until it ends.</source>
        <translation>Une autre migration est en cours&#xa0;: %1 vers %2 par %3, commencée le %4. Attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>The change is refused on 1 platform; nothing was written. Apply it without the refused platform, or resolve it first.</source>
        <translation>La modification est refusée sur 1 plateforme&#xa0;; rien n&apos;a été enregistré. Appliquez-la sans la plateforme refusée, ou réglez d&apos;abord le problème.</translation>
    </message>
    <message>
        <source>The change is refused on %1 platforms; nothing was written. Apply it without the refused platforms, or resolve them first.</source>
        <translation>La modification est refusée sur %1 plateformes&#xa0;; rien n&apos;a été enregistré. Appliquez-la sans les plateformes refusées, ou réglez d&apos;abord les problèmes.</translation>
    </message>
    <message>
        <source>the manual gateway</source>
        <translation>le prestataire manuel</translation>
    </message>
    <message>
        <source>%1 declined the refund: %2</source>
        <translation>%1 a refusé le remboursement&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 declined the payment: %2</source>
        <translation>%1 a refusé le paiement&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 declined the operation: %2</source>
        <translation>%1 a refusé l&apos;opération&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 refused the refund as invalid: %2</source>
        <translation>%1 a rejeté le remboursement comme non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 refused the payment as invalid: %2</source>
        <translation>%1 a rejeté le paiement comme non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 refused the operation as invalid: %2</source>
        <translation>%1 a rejeté l&apos;opération comme non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is turning requests away for now; nothing was done. Try again in %2 seconds.</source>
        <translation>%1 refuse les demandes pour le moment&#xa0;; rien n&apos;a été fait. Réessayez dans %2 secondes.</translation>
    </message>
    <message>
        <source>%1 is turning requests away for now; nothing was done. Try again in a minute.</source>
        <translation>%1 refuse les demandes pour le moment&#xa0;; rien n&apos;a été fait. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>Some settings of %1 are not valid:</source>
        <translation>Certains paramètres de %1 ne sont pas valides&#xa0;:</translation>
    </message>
    <message>
        <source>Some settings are not valid; fix them, or remove them to use the defaults:</source>
        <translation>Certains paramètres ne sont pas valides&#xa0;; corrigez-les, ou supprimez-les pour utiliser les valeurs par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>it cannot be read.</source>
        <translation>il ne peut pas être lu.</translation>
    </message>
    <message>
        <source>its revision fields must be literals.</source>
        <translation>ses champs de révision doivent être des littéraux.</translation>
    </message>
    <message>
        <source>its name does not follow MODULE_SEQ_DESCRIPTION.py.</source>
        <translation>son nom ne suit pas MODULE_SEQ_DESCRIPTION.py.</translation>
    </message>
    <message>
        <source>its revision id does not match its file name.</source>
        <translation>son identifiant de révision ne correspond pas au nom du fichier.</translation>
    </message>
    <message>
        <source>its sequence number is used twice.</source>
        <translation>son numéro de séquence est utilisé deux fois.</translation>
    </message>
    <message>
        <source>only the first revision of a branch carries the branch label.</source>
        <translation>seule la première révision d&apos;une branche porte l&apos;étiquette de la branche.</translation>
    </message>
    <message>
        <source>its down_revision breaks the straight line of its branch.</source>
        <translation>son down_revision rompt la ligne droite de sa branche.</translation>
    </message>
    <message>
        <source>its depends_on is not valid.</source>
        <translation>son depends_on n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The migration file %1 is not valid: %2</source>
        <translation>Le fichier de migration %1 n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot reach the database %1: is the server running, and are the host and port right?</source>
        <translation>Impossible de joindre la base de données %1&#xa0;: le serveur est-il démarré, l&apos;hôte et le port sont-ils corrects&#xa0;?</translation>
    </message>
    <message>
        <source>The trial run of the migration to %1 failed; nothing was changed.</source>
        <translation>La simulation de la migration vers %1 a échoué&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is limited to %2 characters (it has %3).</source>
        <translation>%1 est limité à %2 caractères (il en compte %3).</translation>
    </message>
    <message>
        <source>The reason is limited to %1 characters.</source>
        <translation>Le motif est limité à %1 caractères.</translation>
    </message>
    <message>
        <source>--%1 must be from 0 to %2.</source>
        <translation>--%1 doit être compris entre 0 et %2.</translation>
    </message>
    <message>
        <source>The demo data needs merchants and platforms for its stores, and stores for its orders.</source>
        <translation>Les données de démonstration ont besoin de marchands et de plateformes pour leurs boutiques, et de boutiques pour leurs commandes.</translation>
    </message>
    <message>
        <source>Only a SQLite database file has backups; PostgreSQL rolls a failed run back.</source>
        <translation>Seul un fichier de base de données SQLite a des sauvegardes&#xa0;; PostgreSQL annule une migration qui échoue.</translation>
    </message>
    <message>
        <source>%1 is not a migration target here: type MODULE@head, MODULE@base or a revision id.</source>
        <translation>%1 n&apos;est pas une cible de migration ici&#xa0;: saisissez MODULE@head, MODULE@base ou un identifiant de révision.</translation>
    </message>
    <message>
        <source>No migration target given: type MODULE@head, MODULE@base or a revision id.</source>
        <translation>Aucune cible de migration&#xa0;: saisissez MODULE@head, MODULE@base ou un identifiant de révision.</translation>
    </message>
    <message>
        <source>The database holds revisions this version does not know (%1): it was migrated by another release. Nothing was migrated.</source>
        <translation>La base de données contient des révisions que cette version ne connaît pas (%1)&#xa0;: elle a été migrée par une autre version. Aucune migration n&apos;a été faite.</translation>
    </message>
    <message>
        <source>The latency thresholds must be more than 0 ms.</source>
        <translation>Les seuils de latence doivent être supérieurs à 0 ms.</translation>
    </message>
    <message>
        <source>The warning latency must not exceed the critical latency.</source>
        <translation>La latence d&apos;avertissement ne doit pas dépasser la latence critique.</translation>
    </message>
    <message>
        <source>The failures before unhealthy must be between 1 and 100.</source>
        <translation>Le nombre d&apos;échecs avant l&apos;état défaillant doit être compris entre 1 et 100.</translation>
    </message>
    <message>
        <source>%1 is too long: a duration is at most %2 days.</source>
        <translation>%1 est trop long&#xa0;: une durée est d&apos;au plus %2 jours.</translation>
    </message>
    <message>
        <source>%1 is not a duration: write a whole number and a unit, as 30s, 10m, 2h or 1d.</source>
        <translation>%1 n&apos;est pas une durée&#xa0;: écrivez un nombre entier et une unité, comme 30s, 10m, 2h ou 1d.</translation>
    </message>
    <message>
        <source>%1 is more than %2 days ahead.</source>
        <translation>%1 est à plus de %2 jours d&apos;ici.</translation>
    </message>
    <message>
        <source>%1 counts back from now; for a start in the future write %2.</source>
        <translation>%1 compte à rebours depuis maintenant&#xa0;; pour un départ dans le futur, écrivez %2.</translation>
    </message>
    <message>
        <source>%1 is not a start time: write +30m (from now), 2026-12-24 or 2026-12-24T06:00.</source>
        <translation>%1 n&apos;est pas une heure de départ&#xa0;: écrivez +30m (à partir de maintenant), 2026-12-24 ou 2026-12-24T06:00.</translation>
    </message>
    <message>
        <source>%1 is not a window: write DAYS HH:MM-HH:MM [ZONE], as Mon-Fri 09:00-17:00 Europe/Luxembourg.</source>
        <translation>%1 n&apos;est pas une plage horaire&#xa0;: écrivez JOURS HH:MM-HH:MM [FUSEAU], comme Mon-Fri 09:00-17:00 Europe/Luxembourg.</translation>
    </message>
    <message>
        <source>%1 are not days: write Mon-Fri, Sat,Sun or *.</source>
        <translation>%1 ne sont pas des jours&#xa0;: écrivez Mon-Fri, Sat,Sun ou * (noms anglais).</translation>
    </message>
    <message>
        <source>%1 is not a time range: HH:MM-HH:MM, from 00:00 to 24:00.</source>
        <translation>%1 n&apos;est pas une plage d&apos;heures&#xa0;: HH:MM-HH:MM, de 00:00 à 24:00.</translation>
    </message>
    <message>
        <source>%1 starts and ends at the same time: for a whole day write 00:00-24:00.</source>
        <translation>%1 commence et finit à la même heure&#xa0;: pour une journée entière, écrivez 00:00-24:00.</translation>
    </message>
    <message>
        <source>%1 is not a time zone: write an IANA name such as Europe/Luxembourg.</source>
        <translation>%1 n&apos;est pas un fuseau horaire&#xa0;: écrivez un nom IANA comme Europe/Luxembourg.</translation>
    </message>
    <message>
        <source>At most %1 waves, not %2.</source>
        <translation>Au plus %1 vagues, pas %2.</translation>
    </message>
    <message>
        <source>%1: a count of platforms is from 1 to %2.</source>
        <translation>%1&#xa0;: un nombre de plateformes va de 1 à %2.</translation>
    </message>
    <message>
        <source>%1 is not a wave: write tag:TAG, a count (5) or a percentage (10%), separated by commas.</source>
        <translation>%1 n&apos;est pas une vague&#xa0;: écrivez tag:TAG, un nombre (5) ou un pourcentage (10%), séparés par des virgules.</translation>
    </message>
    <message>
        <source>%1 has an empty wave: write a comma list such as 1%,10%,50%,100%.</source>
        <translation>%1 contient une vague vide&#xa0;: écrivez une liste séparée par des virgules comme 1%,10%,50%,100%.</translation>
    </message>
    <message>
        <source>%1: a percentage is from 1% to 100%.</source>
        <translation>%1&#xa0;: un pourcentage va de 1% à 100%.</translation>
    </message>
    <message>
        <source>%1 is not a tag: lower-case letters, digits and dashes, at most one &apos;:&apos;, up to 64 characters.</source>
        <translation>%1 n&apos;est pas une étiquette&#xa0;: lettres minuscules, chiffres et tirets, au plus un «&#xa0;:&#xa0;», jusqu&apos;à 64 caractères.</translation>
    </message>
    <message>
        <source>%1 is a core module and stays enabled.</source>
        <translation>%1 est un module essentiel et reste activé.</translation>
    </message>
    <message>
        <source>%1 is needed by a module this change enables, and disabled by it too.</source>
        <translation>%1 est requis par un module que cette modification active, et elle le désactive aussi.</translation>
    </message>
    <message>
        <source>%1 is an internal module: changing it needs the modules.internal permission.</source>
        <translation>%1 est un module interne&#xa0;: le modifier nécessite l&apos;autorisation modules.internal.</translation>
    </message>
    <message>
        <source>The definition of the module %1 is not valid (field %2).</source>
        <translation>La définition du module %1 n&apos;est pas valide (champ %2).</translation>
    </message>
    <message>
        <source>%1 cannot be enabled and disabled in one change.</source>
        <translation>%1 ne peut pas être activé et désactivé dans une même modification.</translation>
    </message>
    <message>
        <source>There is no rollout #%1.</source>
        <translation>Il n&apos;y a pas de déploiement n° %1.</translation>
    </message>
    <message>
        <source>Rollout #%1 is in the state %2, which does not allow this.</source>
        <translation>Le déploiement n° %1 est dans l&apos;état %2, qui ne le permet pas.</translation>
    </message>
    <message>
        <source>%1 started rollout #%2: someone else must approve its next wave.</source>
        <translation>%1 a lancé le déploiement n° %2 : une autre personne doit approuver sa prochaine vague.</translation>
    </message>
    <message>
        <source>A rollout needs a name of 1 to 200 printable characters.</source>
        <translation>Un déploiement doit avoir un nom de 1 à 200 caractères imprimables.</translation>
    </message>
    <message>
        <source>A rollout makes one change: enable modules, disable modules, or configure one module with settings.</source>
        <translation>Un déploiement apporte une seule modification : activer des modules, désactiver des modules ou configurer un module avec des paramètres.</translation>
    </message>
    <message>
        <source>On failure, a rollout pauses or rolls back, not %1.</source>
        <translation>En cas d&apos;échec, un déploiement se met en pause ou revient en arrière, pas %1.</translation>
    </message>
    <message>
        <source>The significance of comparisons is a probability between 0 and 1 (0.01, say).</source>
        <translation>Le seuil de signification des comparaisons est une probabilité entre 0 et 1 (0,01 par exemple).</translation>
    </message>
    <message>
        <source>A rollout takes at most 20 gates and 20 windows.</source>
        <translation>Un déploiement accepte au plus 20 contrôles et 20 plages horaires.</translation>
    </message>
    <message>
        <source>%1 is not a tag.</source>
        <translation>%1 n&apos;est pas une étiquette.</translation>
    </message>
    <message>
        <source>These targets name no platform: check the tags.</source>
        <translation>Ces cibles ne désignent aucune plateforme : vérifiez les étiquettes.</translation>
    </message>
    <message>
        <source>There is no rollout state %1.</source>
        <translation>Il n&apos;y a pas d&apos;état de déploiement %1.</translation>
    </message>
    <message>
        <source>Rolling back rollout #%1 failed and nothing was reverted: %2. It stays paused.</source>
        <translation>Le retour arrière du déploiement n° %1 a échoué et rien n&apos;a été annulé : %2. Il reste en pause.</translation>
    </message>
    <message>
        <source>Rollout #%1 has no gate %2 whose values can be read.</source>
        <translation>Le déploiement n° %1 n&apos;a pas de contrôle %2 dont on peut lire les valeurs.</translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation>Annulé avant tout enregistrement.</translation>
    </message>
    <message>
        <source>The modules depend on each other in a cycle: %1.</source>
        <translation>Les modules dépendent les uns des autres en boucle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The module registry has several problems; see the log.</source>
        <translation>Le registre des modules présente plusieurs problèmes&#xa0;; voir le journal.</translation>
    </message>
    <message>
        <source>The module code %1 is defined twice.</source>
        <translation>Le code de module %1 est défini deux fois.</translation>
    </message>
    <message>
        <source>The package %1 defines no module (DEFINITION is missing).</source>
        <translation>Le paquet %1 ne définit aucun module (DEFINITION manque).</translation>
    </message>
    <message>
        <source>The module %1 lives in the wrong package (%2).</source>
        <translation>Le module %1 se trouve dans le mauvais paquet (%2).</translation>
    </message>
    <message>
        <source>The module %1 requires an unknown module, %2.</source>
        <translation>Le module %1 requiert un module inconnu, %2.</translation>
    </message>
    <message>
        <source>The core module %1 requires %2, which is not a core module.</source>
        <translation>Le module essentiel %1 requiert %2, qui n&apos;est pas un module essentiel.</translation>
    </message>
    <message>
        <source>The module %1 requires the internal module %2; only internal modules may.</source>
        <translation>Le module %1 requiert le module interne %2&#xa0;; seuls les modules internes le peuvent.</translation>
    </message>
    <message>
        <source>The configuration file %1 cannot be read: it must be UTF-8 text in TOML.</source>
        <translation>Le fichier de configuration %1 ne peut pas être lu&#xa0;: il doit être un texte UTF-8 au format TOML.</translation>
    </message>
    <message>
        <source>The module %1 has no settings.</source>
        <translation>Le module %1 n&apos;a pas de paramètres.</translation>
    </message>
    <message>
        <source>The module %1 has no setting %2.</source>
        <translation>Le module %1 n&apos;a pas de paramètre %2.</translation>
    </message>
    <message>
        <source>%1 is not a refund limit: write minor units, e.g. 10000, or per currency EUR:10000.</source>
        <translation>%1 n&apos;est pas un plafond de remboursement&#xa0;: indiquez des unités mineures, p. ex. 10000, ou par devise EUR:10000.</translation>
    </message>
    <message>
        <source>Secret settings need an encryption key (PLATFORM_SECRETS_KEY or the keyring).</source>
        <translation>Les paramètres secrets nécessitent une clé de chiffrement (PLATFORM_SECRETS_KEY ou le trousseau).</translation>
    </message>
    <message>
        <source>There is no keyring on this system to keep %1 in; set it in the environment instead.</source>
        <translation>Ce système n&apos;a pas de trousseau pour conserver %1&#xa0;; définissez-le plutôt dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>PLATFORM_SECRETS_KEY is not a valid key.</source>
        <translation>PLATFORM_SECRETS_KEY n&apos;est pas une clé valide.</translation>
    </message>
    <message>
        <source>A secret setting cannot be decrypted with this key. Was the key changed?</source>
        <translation>Un paramètre secret ne peut pas être déchiffré avec cette clé. La clé a-t-elle été changée&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is not a gate. Write prom:QUERY OP NUMBER (OP being &lt;, &lt;=, &gt; or &gt;=, with a space on each side), compare:QUERY higher|lower, ready:URL or approval.</source>
        <translation>%1 n&apos;est pas un contrôle. Écrivez prom:REQUÊTE OP NOMBRE (OP étant &lt;, &lt;=, &gt; ou &gt;=, avec une espace de chaque côté), compare:REQUÊTE higher|lower, ready:URL ou approval.</translation>
    </message>
    <message>
        <source>Name at least one platform or tag.</source>
        <translation>Indiquez au moins une plateforme ou une étiquette.</translation>
    </message>
    <message>
        <source>Choose some platforms or tags, or all platforms, not both.</source>
        <translation>Choisissez des plateformes ou des étiquettes, ou toutes les plateformes, pas les deux.</translation>
    </message>
    <message>
        <source>Name at least one tag.</source>
        <translation>Indiquez au moins une étiquette.</translation>
    </message>
    <message>
        <source>Too many tags: at most %1.</source>
        <translation>Trop d’étiquettes&#xa0;: %1 au plus.</translation>
    </message>
    <message>
        <source>A tag cannot be added and removed at once: %1.</source>
        <translation>Une étiquette ne peut pas être ajoutée et retirée à la fois&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A platform needs a name.</source>
        <translation>Une plateforme doit avoir un nom.</translation>
    </message>
    <message>
        <source>A platform %1 exists already.</source>
        <translation>Une plateforme %1 existe déjà.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>Le compte %1 est désactivé.</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many failed sign-ins, until %2. An administrator can unlock it.</source>
        <translation>Le compte %1 est verrouillé jusqu&apos;au %2 après trop d&apos;échecs de connexion. Un administrateur peut le déverrouiller.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>A user %1 exists already.</source>
        <translation>Un utilisateur %1 existe déjà.</translation>
    </message>
    <message>
        <source>Another user was created meanwhile: sign in instead.</source>
        <translation>Un autre utilisateur a été créé entre-temps&#xa0;: connectez-vous plutôt.</translation>
    </message>
    <message>
        <source>%1 is not a role.</source>
        <translation>%1 n&apos;est pas un rôle.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>Only a signed-in user has a password to change.</source>
        <translation>Seul un utilisateur connecté a un mot de passe à changer.</translation>
    </message>
    <message>
        <source>%1 is the last active super admin: create another one first.</source>
        <translation>%1 est le dernier super-administrateur actif&#xa0;: créez-en d&apos;abord un autre.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Several stores have an order %1: choose the store.</source>
        <translation>Plusieurs boutiques ont une commande %1&#xa0;: choisissez la boutique.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Un motif est obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>An e-mail or domain search needs at least %Ln character(s).</source>
        <translation>
            <numerusform>Une recherche par e-mail ou par domaine demande au moins %Ln caractère.</numerusform>
            <numerusform>Une recherche par e-mail ou par domaine demande au moins %Ln caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a kind of search.</source>
        <translation>%1 n&apos;est pas un type de recherche.</translation>
    </message>
    <message>
        <source>The list cannot be sorted by %1; it can by %2.</source>
        <translation>La liste ne peut pas être triée par %1&#xa0;; elle peut l&apos;être par %2.</translation>
    </message>
    <message>
        <source>%1 is not a status: active or suspended.</source>
        <translation>%1 n&apos;est pas un statut&#xa0;: actif ou suspendu.</translation>
    </message>
    <message>
        <source>Stores can be filtered by merchant, merchants cannot.</source>
        <translation>Les boutiques peuvent être filtrées par marchand, les marchands non.</translation>
    </message>
    <message>
        <source>Give either a start or an end of the page, not both.</source>
        <translation>Indiquez le début ou la fin de la page, pas les deux.</translation>
    </message>
    <message>
        <source>The offset must be 0 or more.</source>
        <translation>Le décalage doit être de 0 ou plus.</translation>
    </message>
    <message>
        <source>This page marker belongs to another list; reload the list.</source>
        <translation>Ce repère de page appartient à une autre liste&#xa0;; rechargez la liste.</translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation>Le montant doit être positif.</translation>
    </message>
    <message>
        <source>This idempotency key was used for another amount (payment #%1).</source>
        <translation>Cette clé d&apos;idempotence a servi pour un autre montant (paiement n°&#xa0;%1).</translation>
    </message>
    <message>
        <source>A payment with this idempotency key is in progress.</source>
        <translation>Un paiement avec cette clé d&apos;idempotence est en cours.</translation>
    </message>
    <message>
        <source>A refund needs a reason.</source>
        <translation>Un remboursement nécessite un motif.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>%1 is not a refund state.</source>
        <translation>%1 n&apos;est pas un état de remboursement.</translation>
    </message>
    <message>
        <source>Refund #%1 is not awaiting approval (it is %2).</source>
        <translation>Le remboursement n°&#xa0;%1 n&apos;attend pas d&apos;approbation (il est %2).</translation>
    </message>
    <message>
        <source>You requested refund #%1: another approver must decide it.</source>
        <translation>Vous avez demandé le remboursement n°&#xa0;%1&#xa0;: un autre approbateur doit en décider.</translation>
    </message>
    <message>
        <source>Refund #%1 was interrupted; it stays pending until it is resolved, and is never made twice.</source>
        <translation>Le remboursement n°&#xa0;%1 a été interrompu&#xa0;; il reste en attente jusqu&apos;à sa résolution, et n&apos;est jamais fait deux fois.</translation>
    </message>
    <message>
        <source>No payment gateway enabled on this platform (%1) is configured on this console (%2).</source>
        <translation>Aucun prestataire de paiement activé sur cette plateforme (%1) n&apos;est configuré sur cette console (%2).</translation>
    </message>
    <message>
        <source>The gateway %1 is not enabled in this platform&apos;s payment settings.</source>
        <translation>Le prestataire %1 n&apos;est pas activé dans les paramètres de paiement de cette plateforme.</translation>
    </message>
    <message>
        <source>%1 is not configured on this console: its key is missing.</source>
        <translation>%1 n&apos;est pas configuré sur cette console&#xa0;: sa clé manque.</translation>
    </message>
    <message>
        <source>%1 did not accept the console&apos;s credentials; nothing was done.</source>
        <translation>%1 n&apos;a pas accepté les identifiants de la console&#xa0;; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>%1 saw this idempotency key before with other values; nothing was done. Please report it.</source>
        <translation>%1 a déjà reçu cette clé d&apos;idempotence avec d&apos;autres valeurs&#xa0;; rien n&apos;a été fait. Merci de le signaler.</translation>
    </message>
    <message>
        <source>%1 did not answer. Whether it acted is not known yet: the refund stays pending and is resolved later, never made twice.</source>
        <translation>%1 n&apos;a pas répondu. On ne sait pas encore s&apos;il a agi&#xa0;: le remboursement reste en attente et sera résolu plus tard, jamais fait deux fois.</translation>
    </message>
    <message>
        <source>The payment gateway refused the refund.</source>
        <translation>Le prestataire de paiement a refusé le remboursement.</translation>
    </message>
    <message>
        <source>The plan changed since it was shown: the database was migrated meanwhile. Plan again.</source>
        <translation>Le plan a changé depuis son affichage&#xa0;: la base de données a été migrée entre-temps. Recalculez le plan.</translation>
    </message>
    <message>
        <source>The migration to %1 runs revisions that drop or rewrite data (%2): confirm them to run it.</source>
        <translation>La migration vers %1 exécute des révisions qui suppriment ou réécrivent des données (%2)&#xa0;: confirmez-les pour la lancer.</translation>
    </message>
    <message>
        <source>The migration failed at %1.</source>
        <translation>La migration a échoué à %1.</translation>
    </message>
    <message>
        <source>Its changes were rolled back.</source>
        <translation>Ses modifications ont été annulées.</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>La base de données telle qu&apos;elle était est conservée dans %1.</translation>
    </message>
    <message>
        <source>There is no revision %1.</source>
        <translation>Il n&apos;existe aucune révision %1.</translation>
    </message>
    <message>
        <source>There is no migration target %1.</source>
        <translation>Il n&apos;existe aucune cible de migration %1.</translation>
    </message>
    <message>
        <source>The module %1 has no migrations (it owns no tables).</source>
        <translation>Le module %1 n&apos;a pas de migrations (il ne possède aucune table).</translation>
    </message>
    <message>
        <source>%1 is not applied, so there is nothing to downgrade to.</source>
        <translation>%1 n&apos;est pas appliqué&#xa0;: il n&apos;y a rien vers quoi rétrograder.</translation>
    </message>
    <message>
        <source>%1 is not a direction: upgrade or downgrade.</source>
        <translation>%1 n&apos;est pas un sens&#xa0;: upgrade ou downgrade.</translation>
    </message>
    <message>
        <source>%1 is not a backup of the database %2.</source>
        <translation>%1 n&apos;est pas une sauvegarde de la base de données %2.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>Il n&apos;y a aucun fichier de sauvegarde à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>%1 has no manifest: restore it only if you trust it.</source>
        <translation>%1 n&apos;a pas de manifeste&#xa0;: ne la restaurez que si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>%1 fails SQLite&apos;s integrity check. Nothing was restored.</source>
        <translation>%1 échoue au contrôle d&apos;intégrité de SQLite. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>%1 holds no tables. Nothing was restored.</source>
        <translation>%1 ne contient aucune table. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>%1 does not match its manifest: it was changed or cut short. Nothing was restored.</source>
        <translation>%1 ne correspond pas à son manifeste&#xa0;: elle a été modifiée ou tronquée. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The database %1 fails its integrity check: no backup was taken and nothing was run.</source>
        <translation>La base de données %1 échoue à son contrôle d&apos;intégrité&#xa0;: aucune sauvegarde n&apos;a été faite et rien n&apos;a été exécuté.</translation>
    </message>
    <message>
        <source>The migrations folder of %1 does not exist (%2).</source>
        <translation>Le dossier des migrations de %1 n&apos;existe pas (%2).</translation>
    </message>
    <message>
        <source>The migrations folder of %1 holds no revision (%2).</source>
        <translation>Le dossier des migrations de %1 ne contient aucune révision (%2).</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The export could not be written to %1.</source>
        <translation>L&apos;export n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>%1 is not a database URL.</source>
        <translation>%1 n&apos;est pas une URL de base de données.</translation>
    </message>
    <message>
        <source>%1 is not a supported database: use SQLite or PostgreSQL.</source>
        <translation>%1 n&apos;est pas une base de données prise en charge&#xa0;: utilisez SQLite ou PostgreSQL.</translation>
    </message>
    <message>
        <source>There is no database file at %1.</source>
        <translation>Il n&apos;y a aucun fichier de base de données à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The database %1 is not migrated (it has no table %2).</source>
        <translation>La base de données %1 n&apos;est pas migrée (elle n&apos;a pas de table %2).</translation>
    </message>
    <message>
        <source>%1 is busy: another program held it longer than the lock wait. Nothing was changed; try again in a moment.</source>
        <translation>%1 est occupée : un autre programme l&apos;a retenue plus longtemps que l&apos;attente de verrou. Rien n&apos;a été modifié ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database.</source>
        <translation>%1 n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>The SQLite database %1 is damaged: restore it from a backup.</source>
        <translation>La base de données SQLite %1 est endommagée&#xa0;: restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The SQLite database %1 cannot be opened.</source>
        <translation>La base de données SQLite %1 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The SQLite database %1 is read-only here: check its permissions.</source>
        <translation>La base de données SQLite %1 est ici en lecture seule&#xa0;: vérifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a SQLite database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données SQLite.</translation>
    </message>
    <message>
        <source>The folder of the SQLite database %1 cannot be created.</source>
        <translation>Le dossier de la base de données SQLite %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The database %1 does not know this user name.</source>
        <translation>La base de données %1 ne connaît pas ce nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The database %1 refused the user name or password.</source>
        <translation>La base de données %1 a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>%1 is not a file name.</source>
        <translation>%1 n&apos;est pas un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 doit être un nombre entier compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>The demo data of %1 uses data of modules it does not require (%2).</source>
        <translation>Les données de démonstration de %1 utilisent des données de modules qu&apos;il ne requiert pas (%2).</translation>
    </message>
    <message>
        <source>An unexpected error happened; the details are in the log.</source>
        <translation>Une erreur inattendue s&apos;est produite&#xa0;; les détails figurent dans le journal.</translation>
    </message>
    <message>
        <source>A target needs a name.</source>
        <translation>Une cible doit avoir un nom.</translation>
    </message>
    <message>
        <source>A target name has at most %1 characters and no control characters.</source>
        <translation>Un nom de cible compte au plus %1 caractères, sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>The interval must be between %1 s and %2 s.</source>
        <translation>L&apos;intervalle doit être compris entre %1 s et %2 s.</translation>
    </message>
    <message>
        <source>The timeout must be between 0 and 120 s.</source>
        <translation>Le délai d&apos;attente doit être compris entre 0 et 120 s.</translation>
    </message>
    <message>
        <source>A metric or query has at most %1 characters and no control characters.</source>
        <translation>Une métrique ou une requête compte au plus %1 caractères, sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// address with a host.</source>
        <translation>%1 n&apos;est pas une adresse http:// ou https:// avec un hôte.</translation>
    </message>
    <message>
        <source>A target named %1 exists already.</source>
        <translation>Une cible nommée %1 existe déjà.</translation>
    </message>
    <message>
        <source>%1 watches this address already.</source>
        <translation>%1 surveille déjà cette adresse.</translation>
    </message>
    <message>
        <source>There is no health target %1 in this profile.</source>
        <translation>Ce profil n&apos;a aucune cible de contrôle d&apos;état %1.</translation>
    </message>
    <message>
        <source>A profile name has 1 to 64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Un nom de profil compte de 1 à 64 lettres, chiffres, espaces, points, tirets ou tirets bas.</translation>
    </message>
    <message>
        <source>A PostgreSQL profile needs a host.</source>
        <translation>Un profil PostgreSQL doit avoir un hôte.</translation>
    </message>
    <message>
        <source>A PostgreSQL profile needs a database name.</source>
        <translation>Un profil PostgreSQL doit avoir un nom de base de données.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The TLS mode must be one of %1.</source>
        <translation>Le mode TLS doit être l&apos;un des suivants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Le fichier CA %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a built-in profile; choose another name.</source>
        <translation>%1 est un profil intégré&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Refused on %1: %2</source>
        <translation>Refusé sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(and on one more platform)</source>
        <translation>(et sur une autre plateforme)</translation>
    </message>
    <message>
        <source>(and on %1 more platforms)</source>
        <translation>(et sur %1 autres plateformes)</translation>
    </message>
    <message>
        <source>From %1 to %2 characters: capital letters, digits and dashes (e.g. %3).</source>
        <translation>De %1 à %2 caractères&#xa0;: lettres majuscules, chiffres et tirets (p. ex. %3).</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>Une valeur est obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln character(s).</source>
        <translation>
            <numerusform>Au moins %Ln caractère.</numerusform>
            <numerusform>Au moins %Ln caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln character(s).</source>
        <translation>
            <numerusform>Au plus %Ln caractère.</numerusform>
            <numerusform>Au plus %Ln caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>This text does not have the expected form.</source>
        <translation>Ce texte n&apos;a pas la forme attendue.</translation>
    </message>
    <message>
        <source>Text is expected.</source>
        <translation>Un texte est attendu.</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln item(s).</source>
        <translation>
            <numerusform>Au moins %Ln élément.</numerusform>
            <numerusform>Au moins %Ln éléments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln item(s).</source>
        <translation>
            <numerusform>Au plus %Ln élément.</numerusform>
            <numerusform>Au plus %Ln éléments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Must be more than %1.</source>
        <translation>Doit être supérieur à %1.</translation>
    </message>
    <message>
        <source>Must be %1 or more.</source>
        <translation>Doit être %1 ou plus.</translation>
    </message>
    <message>
        <source>Must be less than %1.</source>
        <translation>Doit être inférieur à %1.</translation>
    </message>
    <message>
        <source>Must be %1 or less.</source>
        <translation>Doit être %1 ou moins.</translation>
    </message>
    <message>
        <source>Must be a multiple of %1.</source>
        <translation>Doit être un multiple de %1.</translation>
    </message>
    <message>
        <source>A whole number is expected.</source>
        <translation>Un nombre entier est attendu.</translation>
    </message>
    <message>
        <source>A whole number is expected, without decimals.</source>
        <translation>Un nombre entier est attendu, sans décimales.</translation>
    </message>
    <message>
        <source>A number is expected.</source>
        <translation>Un nombre est attendu.</translation>
    </message>
    <message>
        <source>Yes or no is expected.</source>
        <translation>Oui ou non est attendu.</translation>
    </message>
    <message>
        <source>Must be one of %1.</source>
        <translation>Doit être l&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>Ce n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>The address must start with %1.</source>
        <translation>L&apos;adresse doit commencer par %1.</translation>
    </message>
    <message>
        <source>There is no such setting.</source>
        <translation>Ce paramètre n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A list is expected.</source>
        <translation>Une liste est attendue.</translation>
    </message>
    <message>
        <source>A table of values is expected.</source>
        <translation>Une table de valeurs est attendue.</translation>
    </message>
    <message>
        <source>%1 is not a locale like fr, de-LU or lb-LU.</source>
        <translation>%1 n&apos;est pas un code de langue comme fr, de-LU ou lb-LU.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code (three letters, e.g. EUR).</source>
        <translation>%1 n&apos;est pas un code de devise ISO 4217 (trois lettres, p. ex. EUR).</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Cette valeur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>%1 (environment)</source>
        <translation>%1 (environnement)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>Health events</source>
        <translation>Événements d&apos;état</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Changements de statut</translation>
    </message>
    <message>
        <source>Latest notification (no system tray): {text}</source>
        <translation>Dernière notification (pas de zone de notification)&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>First run</source>
        <translation>Premier démarrage</translation>
    </message>
    <message>
        <source>Welcome to Platform Console</source>
        <translation>Bienvenue dans Platform Console</translation>
    </message>
    <message>
        <source>The database {database} had no admin user yet. It has been migrated to the newest schema ({applied}). Create its first super admin: this account can do everything, including creating the other accounts.</source>
        <translation>La base de données {database} n&apos;avait pas encore d&apos;administrateur. Elle a été migrée vers le schéma le plus récent ({applied}). Créez son premier super-administrateur&#xa0;: ce compte peut tout faire, y compris créer les autres comptes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s) applied</source>
        <translation>
            <numerusform>%Ln révision appliquée</numerusform>
            <numerusform>%Ln révisions appliquées</numerusform>
        </translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>au moins {n} caractères</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Créer et se connecter</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>GateEditor</name>
    <message>
        <source>Kind of gate</source>
        <translation>Type de contrôle</translation>
    </message>
    <message>
        <source>&amp;Add gate</source>
        <translation>&amp;Ajouter le contrôle</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>No gate: each wave follows the one before once its bake time is over.</source>
        <translation>Aucun contrôle&#xa0;: chaque vague suit la précédente dès la fin de sa durée d&apos;observation.</translation>
    </message>
    <message>
        <source>&amp;Remove gate</source>
        <translation>&amp;Retirer le contrôle</translation>
    </message>
    <message>
        <source>Prometheus threshold (prom:)</source>
        <translation>Seuil Prometheus (prom:)</translation>
    </message>
    <message>
        <source>Comparison with the platforms not changed yet (compare:)</source>
        <translation>Comparaison avec les plateformes pas encore modifiées (compare:)</translation>
    </message>
    <message>
        <source>Readiness of a platform process (ready:)</source>
        <translation>Disponibilité d&apos;un processus de plateforme (ready:)</translation>
    </message>
    <message>
        <source>Approval by a person (approval)</source>
        <translation>Approbation par une personne (approval)</translation>
    </message>
    <message>
        <source>PromQL query</source>
        <translation>Requête PromQL</translation>
    </message>
    <message>
        <source>PromQL query, one series per platform (label platform)</source>
        <translation>Requête PromQL, une série par plateforme (label platform)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>Which values are worse</source>
        <translation>Quelles valeurs sont pires</translation>
    </message>
    <message>
        <source>higher is worse</source>
        <translation>plus haut est pire</translation>
    </message>
    <message>
        <source>lower is worse</source>
        <translation>plus bas est pire</translation>
    </message>
    <message>
        <source>URL of the platform process</source>
        <translation>URL du processus de plateforme</translation>
    </message>
    <message>
        <source>http://shop-7.internal:8080 (its /health/ready is asked)</source>
        <translation>http://shop-7.internal:8080 (son /health/ready est interrogé)</translation>
    </message>
    <message>
        <source>Before each next wave, someone other than the person who started the rollout approves it.</source>
        <translation>Avant chaque nouvelle vague, une autre personne que celle qui a lancé le déploiement l&apos;approuve.</translation>
    </message>
    <message>
        <source>This gate is in the list already.</source>
        <translation>Ce contrôle est déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>GatePlot</name>
    <message>
        <source>No changed platform has a value for this gate yet.</source>
        <translation>Aucune plateforme modifiée n&apos;a encore de valeur pour ce contrôle.</translation>
    </message>
    <message>
        <source>threshold {condition}</source>
        <translation>seuil {condition}</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>changed platforms, sorted by value</source>
        <translation>plateformes modifiées, triées par valeur</translation>
    </message>
    <message>
        <source>No platform has a value for this gate yet.</source>
        <translation>Aucune plateforme n&apos;a encore de valeur pour ce contrôle.</translation>
    </message>
    <message>
        <source>share of the platforms</source>
        <translation>part des plateformes</translation>
    </message>
    <message numerus="yes">
        <source>changed: %Ln platform(s)</source>
        <translation>
            <numerusform>modifiées&#xa0;: %Ln plateforme</numerusform>
            <numerusform>modifiées&#xa0;: %Ln plateformes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not changed yet: %Ln platform(s)</source>
        <translation>
            <numerusform>pas encore modifiées&#xa0;: %Ln plateforme</numerusform>
            <numerusform>pas encore modifiées&#xa0;: %Ln plateformes</numerusform>
        </translation>
    </message>
    <message>
        <source>median {value}</source>
        <translation>médiane {value}</translation>
    </message>
    <message>
        <source>(fails the gate)</source>
        <translation>(échoue au contrôle)</translation>
    </message>
</context>
<context>
    <name>GateTexts</name>
    <message>
        <source>higher</source>
        <translation>plus élevées</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>plus basses</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>No platform is changed yet.</source>
        <translation>Aucune plateforme n&apos;est encore modifiée.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln changed platform(s) have a value {condition}.</source>
        <translation>
            <numerusform>La plateforme modifiée a une valeur {condition}.</numerusform>
            <numerusform>Les %Ln plateformes modifiées ont une valeur {condition}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s) not {condition}: {values}</source>
        <translation>
            <numerusform>%Ln plateforme hors de {condition}&#xa0;: {values}</numerusform>
            <numerusform>%Ln plateformes hors de {condition}&#xa0;: {values}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s) without a sample: {platforms}</source>
        <translation>
            <numerusform>%Ln plateforme sans mesure&#xa0;: {platforms}</numerusform>
            <numerusform>%Ln plateformes sans mesure&#xa0;: {platforms}</numerusform>
        </translation>
    </message>
    <message>
        <source>The changed platforms are not {worse} at {alpha}: p = {p}; {changed} changed (median {changed_median}) against {unchanged} unchanged (median {unchanged_median}).</source>
        <translation>Les plateformes modifiées ne sont pas {worse} au seuil {alpha}&#xa0;: p = {p}&#xa0;; {changed} modifiées (médiane {changed_median}) contre {unchanged} non modifiées (médiane {unchanged_median}).</translation>
    </message>
    <message>
        <source>The changed platforms are {worse} (worse): p = {p} &lt; {alpha}; {changed} changed (median {changed_median}) against {unchanged} unchanged (median {unchanged_median}).</source>
        <translation>Les plateformes modifiées sont {worse} (moins bonnes)&#xa0;: p = {p} &lt; {alpha}&#xa0;; {changed} modifiées (médiane {changed_median}) contre {unchanged} non modifiées (médiane {unchanged_median}).</translation>
    </message>
    <message>
        <source>Nothing to compare with: no target is left unchanged (passed).</source>
        <translation>Rien à comparer&#xa0;: aucune cible n&apos;est restée inchangée (réussi).</translation>
    </message>
    <message>
        <source>Nothing to compare with: no unchanged target has a sample (passed).</source>
        <translation>Rien à comparer&#xa0;: aucune cible inchangée n&apos;a de mesure (réussi).</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln changed platform(s) has a sample to compare.</source>
        <translation>
            <numerusform>La plateforme modifiée n&apos;a pas de mesure à comparer.</numerusform>
            <numerusform>Aucune des %Ln plateformes modifiées n&apos;a de mesure à comparer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Prometheus is configured (PLATFORM_PROMETHEUS_URL).</source>
        <translation>Aucun Prometheus n&apos;est configuré (PLATFORM_PROMETHEUS_URL).</translation>
    </message>
    <message>
        <source>{url} answers ready.</source>
        <translation>{url} répond prêt.</translation>
    </message>
    <message>
        <source>The gate is asked again at the next check.</source>
        <translation>Le contrôle est de nouveau interrogé au prochain passage.</translation>
    </message>
    <message>
        <source>(unknown for longer than the gate timeout)</source>
        <translation>(inconnu plus longtemps que le délai du contrôle)</translation>
    </message>
</context>
<context>
    <name>GraphPage</name>
    <message>
        <source>Platform:</source>
        <translation>Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>The platform whose module states the graph shows</source>
        <translation>La plateforme dont le graphe affiche l&apos;état des modules</translation>
    </message>
    <message>
        <source>none: the graph only</source>
        <translation>aucune&#xa0;: le graphe seul</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Click a module to highlight what it requires and what requires it.</source>
        <translation>Cliquez sur un module pour mettre en évidence ce qu&apos;il requiert et ce qui le requiert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln module(s) enabled on {platform}</source>
        <translation>
            <numerusform>%Ln module activé sur {platform}</numerusform>
            <numerusform>%Ln modules activés sur {platform}</numerusform>
        </translation>
    </message>
    <message>
        <source>{code}: requires {requires}; required by {dependents}</source>
        <translation>{code}&#xa0;: requiert {requires}&#x202f;; requis par {dependents}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Graph exported to {path}</source>
        <translation>Graphe exporté vers {path}</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Impossible d&apos;écrire {path}</translation>
    </message>
    <message>
        <source>Export the graph</source>
        <translation>Exporter le graphe</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Loading the plots…</source>
        <translation>Chargement des graphiques…</translation>
    </message>
    <message>
        <source>The health history cannot be written ({problem}): this console polls on its own, its samples are not kept and not shared with other consoles.</source>
        <translation>L&apos;historique d&apos;état ne peut pas être écrit ({problem})&#xa0;: cette console interroge les cibles de son côté, ses mesures ne sont ni conservées ni partagées avec les autres consoles.</translation>
    </message>
    <message>
        <source>no sample yet</source>
        <translation>aucune mesure pour l&apos;instant</translation>
    </message>
    <message>
        <source>{target}: {old} → {new}. {detail}</source>
        <translation>{target}&#xa0;: {old} → {new}. {detail}</translation>
    </message>
    <message>
        <source>Platform health</source>
        <translation>État des plateformes</translation>
    </message>
    <message>
        <source>Plotting {metric} of {name}.</source>
        <translation>Graphique de {metric} pour {name}.</translation>
    </message>
    <message>
        <source>The token of {name} is used until the console closes: {error}</source>
        <translation>Le jeton de {name} est utilisé jusqu&apos;à la fermeture de la console&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Health report written: {html} and {json}</source>
        <translation>Rapport d&apos;état enregistré&#xa0;: {html} et {json}</translation>
    </message>
    <message>
        <source>Export a health report…</source>
        <translation>Exporter un rapport d&apos;état…</translation>
    </message>
    <message>
        <source>Run the health checks now</source>
        <translation>Exécuter les contrôles d&apos;état maintenant</translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <source>Health report</source>
        <translation>Rapport d&apos;état</translation>
    </message>
    <message>
        <source>Latency per target</source>
        <translation>Latence par cible</translation>
    </message>
    <message>
        <source>Status over time</source>
        <translation>État au fil du temps</translation>
    </message>
    <message>
        <source>From {since} to {until} (local time)</source>
        <translation>Du {since} au {until} (heure locale)</translation>
    </message>
    <message>
        <source>No status change in this range.</source>
        <translation>Aucun changement d&apos;état sur cette période.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Dernier état</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Latency avg / max</source>
        <translation>Latence moy. / max.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Changements d&apos;état</translation>
    </message>
</context>
<context>
    <name>IdleLockMixin</name>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
</context>
<context>
    <name>ImpactPreviewDialog</name>
    <message numerus="yes">
        <source>on %Ln platform(s)</source>
        <translation>
            <numerusform>sur %Ln plateforme</numerusform>
            <numerusform>sur %Ln plateformes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: +%2</source>
        <translation>%1&#xa0;: +%2</translation>
    </message>
    <message>
        <source>%1 (pulled in): +%2</source>
        <translation>%1 (entraîné)&#xa0;: +%2</translation>
    </message>
    <message>
        <source>%1: -%2</source>
        <translation>%1&#xa0;: -%2</translation>
    </message>
    <message>
        <source>%1 (by cascade): -%2</source>
        <translation>%1 (en cascade)&#xa0;: -%2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preview of the change</source>
        <translation>Aperçu de l&apos;impact</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Find a platform</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Also &amp;disable the modules that need it (cascade)</source>
        <translation>&amp;Désactiver aussi les modules qui en dépendent (en cascade)</translation>
    </message>
    <message>
        <source>Some platforms are refused because other modules require this one: tick the box above to disable those modules too, and see what that changes before applying.</source>
        <translation>Certaines plateformes sont refusées parce que d&apos;autres modules requièrent celui-ci&#xa0;: cochez la case ci-dessus pour désactiver aussi ces modules, et vérifiez ce que cela change avant d&apos;appliquer.</translation>
    </message>
    <message>
        <source>&amp;All or nothing: if any platform is refused, write nothing</source>
        <translation>&amp;Tout ou rien&#xa0;: si une plateforme est refusée, ne rien écrire</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>All platforms (%1)</source>
        <translation>Toutes les plateformes (%1)</translation>
    </message>
    <message>
        <source>Changing only (%1)</source>
        <translation>Modifiées uniquement (%1)</translation>
    </message>
    <message>
        <source>Refused only (%1)</source>
        <translation>Refusées uniquement (%1)</translation>
    </message>
    <message>
        <source>Unchanged only (%1)</source>
        <translation>Inchangées uniquement (%1)</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s)</source>
        <translation>
            <numerusform>%Ln plateforme</numerusform>
            <numerusform>%Ln plateformes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S&amp;kip refused platforms and change the remaining %Ln platform(s)</source>
        <translation>
            <numerusform>&amp;Ignorer les plateformes refusées et modifier %Ln plateforme restante</numerusform>
            <numerusform>&amp;Ignorer les plateformes refusées et modifier les %Ln plateformes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the remaining %Ln platform(s)</source>
        <translation>
            <numerusform>%Ln plateforme restante</numerusform>
            <numerusform>les %Ln plateformes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>enable %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <source>disable %1 (cascade)</source>
        <translation>Désactiver %1 (en cascade)</translation>
    </message>
    <message>
        <source>disable %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>%1 would change, %2 already as requested, %3 refused.</source>
        <translation>Modifications&#xa0;: %1, déjà conformes&#xa0;: %2, refusées&#xa0;: %3.</translation>
    </message>
    <message>
        <source>S&amp;kip refused platforms and change the remaining platform</source>
        <translation>&amp;Ignorer les plateformes refusées et modifier la plateforme restante</translation>
    </message>
    <message>
        <source>Computing the impact…</source>
        <translation>Calcul de l&apos;impact…</translation>
    </message>
    <message>
        <source>Nothing can be applied: %1 refused, and no other platform would change.</source>
        <translation>Rien ne peut être appliqué&#xa0;: refus pour %1, et aucune autre plateforme ne serait modifiée.</translation>
    </message>
    <message>
        <source>Apply is disabled: %1 of %2 would be refused, and with “all or nothing” a single refusal means nothing is written. Choose “skip refused platforms” to change %3, or cancel.</source>
        <translation>Appliquer est désactivé&#xa0;: %1 sur %2 seraient refusées, et avec «&#xa0;tout ou rien&#xa0;» un seul refus signifie que rien n&apos;est écrit. Choisissez «&#xa0;ignorer les plateformes refusées&#xa0;» pour modifier %3, ou annulez.</translation>
    </message>
    <message>
        <source>the remaining platform</source>
        <translation>la plateforme restante</translation>
    </message>
    <message>
        <source>Apply is disabled: no platform would change.</source>
        <translation>Appliquer est désactivé&#xa0;: aucune plateforme ne serait modifiée.</translation>
    </message>
    <message>
        <source>Select a platform to see its changes in full.</source>
        <translation>Sélectionnez une plateforme pour voir le détail de ses modifications.</translation>
    </message>
    <message>
        <source>Applying… %1 of %2 platforms</source>
        <translation>Application… %1 sur %2 plateformes</translation>
    </message>
    <message>
        <source>Cancelling… the current batch finishes first</source>
        <translation>Annulation… le lot en cours se termine d&apos;abord</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was written: {error}</source>
        <translation>Rien n&apos;a été écrit&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Unexpected error: nothing was written. The details are in the log file.</source>
        <translation>Erreur inattendue&#xa0;: rien n&apos;a été écrit. Les détails se trouvent dans le fichier journal.</translation>
    </message>
    <message>
        <source>Roll out in &amp;waves…</source>
        <translation>Déployer par &amp;vagues…</translation>
    </message>
    <message>
        <source>Apply the change wave after wave, watched by gates</source>
        <translation>Appliquer la modification vague après vague, sous la surveillance de contrôles</translation>
    </message>
    <message>
        <source>A rollout needs a change that no target platform refuses</source>
        <translation>Un déploiement demande une modification qu&apos;aucune plateforme cible ne refuse</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Encryption key of secret settings</source>
        <translation>Clé de chiffrement des paramètres secrets</translation>
    </message>
    <message>
        <source>Stripe API key</source>
        <translation>Clé API Stripe</translation>
    </message>
    <message>
        <source>The secret settings were saved with another encryption key than the one on this computer, so they cannot be read here.</source>
        <translation>Les paramètres secrets ont été enregistrés avec une autre clé de chiffrement que celle de cet ordinateur&#xa0;: ils ne peuvent donc pas être lus ici.</translation>
    </message>
    <message>
        <source>The encryption key on this computer is damaged: it is not a valid key.</source>
        <translation>La clé de chiffrement de cet ordinateur est endommagée&#xa0;: ce n&apos;est pas une clé valide.</translation>
    </message>
    <message>
        <source>Secret settings (API keys of marketplaces, for instance) are stored encrypted. This computer does not have the encryption key yet.</source>
        <translation>Les paramètres secrets (les clés API des places de marché, par exemple) sont enregistrés chiffrés. Cet ordinateur n&apos;a pas encore la clé de chiffrement.</translation>
    </message>
    <message>
        <source>Stripe did not accept the API key on this computer: it may have been replaced.</source>
        <translation>Stripe n&apos;a pas accepté la clé API de cet ordinateur&#xa0;: elle a peut-être été remplacée.</translation>
    </message>
    <message>
        <source>Refunds through Stripe need the platform&apos;s Stripe API key, and this computer does not have it yet.</source>
        <translation>Les remboursements via Stripe nécessitent la clé API Stripe de la plateforme, et cet ordinateur ne l&apos;a pas encore.</translation>
    </message>
    <message>
        <source>The environment this console was started in sets this key, and that value wins over anything stored here. Ask whoever set up this computer to change it there.</source>
        <translation>L&apos;environnement dans lequel cette console a été lancée définit cette clé, et cette valeur l&apos;emporte sur tout ce qui est enregistré ici. Demandez à la personne qui a configuré cet ordinateur de la modifier à cet endroit.</translation>
    </message>
    <message>
        <source>a super admin</source>
        <translation>un super-administrateur</translation>
    </message>
    <message>
        <source>Your role may not set this key. Ask {names} (super admin) to sign in to Platform Console on this computer and choose Account ▸ {title}…; the key is then kept in this computer&apos;s keyring for you too.</source>
        <translation>Votre rôle ne permet pas de définir cette clé. Demandez à {names} (super-administrateur) de se connecter à Platform Console sur cet ordinateur et de choisir Compte ▸ {title}…&#x202f;; la clé est alors conservée dans le trousseau de clés de cet ordinateur, pour vous aussi.</translation>
    </message>
    <message>
        <source>Keep in this computer&apos;s keyring</source>
        <translation>Conserver dans le trousseau de clés de cet ordinateur</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Générer une nouvelle clé</translation>
    </message>
    <message>
        <source>Paste the key the platform already uses</source>
        <translation>Coller la clé que la plateforme utilise déjà</translation>
    </message>
    <message>
        <source>I have kept a copy of this key in a safe place</source>
        <translation>J&apos;ai conservé une copie de cette clé en lieu sûr</translation>
    </message>
    <message>
        <source>the key, 44 letters and digits ending in =</source>
        <translation>la clé, 44 lettres et chiffres se terminant par =</translation>
    </message>
    <message>
        <source>sk_live_… or sk_test_… (Stripe Dashboard ▸ Developers ▸ API keys)</source>
        <translation>sk_live_… ou sk_test_… (Stripe Dashboard ▸ Developers ▸ API keys)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Keep a copy of the key in a safe place, such as a password manager. Secret settings saved with it cannot be read without it: if the key is lost, they are lost and must be entered again. The platform&apos;s servers need the same key.</source>
        <translation>Conservez une copie de la clé en lieu sûr, par exemple dans un gestionnaire de mots de passe. Les paramètres secrets enregistrés avec elle ne peuvent pas être lus sans elle&#xa0;: si la clé est perdue, ils sont perdus et doivent être saisis à nouveau. Les serveurs de la plateforme ont besoin de la même clé.</translation>
    </message>
    <message>
        <source>This is not an encryption key of Platform Console: 44 letters and digits, ending in =.</source>
        <translation>Ce n&apos;est pas une clé de chiffrement de Platform Console&#xa0;: 44 lettres et chiffres, se terminant par =.</translation>
    </message>
    <message>
        <source>A Stripe secret key starts with sk_ (or rk_ for a restricted key).</source>
        <translation>Une clé secrète Stripe commence par sk_ (ou rk_ pour une clé restreinte).</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the key in (it needs a desktop session with a keyring service, such as GNOME Keyring or KWallet). Ask whoever set up this computer to give the key to the console through its environment.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de clés où conserver la clé (il faut une session de bureau avec un service de trousseau, comme GNOME Keyring ou KWallet). Demandez à la personne qui a configuré cet ordinateur de fournir la clé à la console par son environnement.</translation>
    </message>
</context>
<context>
    <name>KeyboardMixin</name>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Search this page</source>
        <translation>Rechercher dans cette page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
</context>
<context>
    <name>LanguageMenuMixin</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>LayoutMixin</name>
    <message>
        <source>The layout is back to its defaults.</source>
        <translation>La disposition par défaut est rétablie.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>{n} found</source>
        <translation>Résultats&#xa0;: {n}</translation>
    </message>
    <message>
        <source>about {n}</source>
        <translation>Résultats&#xa0;: environ {n}</translation>
    </message>
</context>
<context>
    <name>LocaleText</name>
    <message>
        <source>“{text}” is not an amount as this language writes it (e.g. {example}).</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un montant écrit comme dans cette langue (p. ex. {example}).</translation>
    </message>
    <message numerus="yes">
        <source>{currency} has %n decimal(s).</source>
        <translation>
            <numerusform>{currency} a %n décimale.</numerusform>
            <numerusform>{currency} a %n décimales.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Platform Console</source>
        <translation>Platform Console</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnexion effectuée.</translation>
    </message>
</context>
<context>
    <name>MigrationProgressDialog</name>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
</context>
<context>
    <name>MigrationTabs</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>SQL of the plan</source>
        <translation>SQL du plan</translation>
    </message>
    <message>
        <source>The SQL of the plan shows here.</source>
        <translation>Le SQL du plan s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>SQL preview</source>
        <translation>Aperçu SQL</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Journal d&apos;exécution</translation>
    </message>
    <message>
        <source>What runs, revision by revision.</source>
        <translation>Ce qui s&apos;exécute, révision par révision.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Registry drift</source>
        <translation>Écart du registre</translation>
    </message>
    <message>
        <source>Choose a target and press Plan: nothing runs before you press Run.</source>
        <translation>Choisissez une cible et cliquez sur Planifier&#xa0;: rien ne s&apos;exécute avant que vous cliquiez sur Exécuter.</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>Étapes planifiées</translation>
    </message>
</context>
<context>
    <name>MigrationTexts</name>
    <message>
        <source>Read-only: the database is ahead of this code or holds unknown revisions</source>
        <translation>Lecture seule&#xa0;: la base de données est plus récente que ce code ou contient des révisions inconnues</translation>
    </message>
    <message>
        <source>The only branch is up to date</source>
        <translation>L&apos;unique branche est à jour</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln branch(es) are up to date</source>
        <translation>
            <numerusform>%Ln branche est à jour</numerusform>
            <numerusform>Les %Ln branches sont à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln module(s) behind</source>
        <translation>
            <numerusform>%Ln module en retard</numerusform>
            <numerusform>%Ln modules en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s) to run</source>
        <translation>
            <numerusform>%Ln révision à exécuter</numerusform>
            <numerusform>%Ln révisions à exécuter</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty database)</source>
        <translation>(base de données vide)</translation>
    </message>
    <message>
        <source>This database was migrated by a newer release: it is read-only here.</source>
        <translation>Cette base de données a été migrée par une version plus récente&#xa0;: elle est en lecture seule ici.</translation>
    </message>
    <message>
        <source>The database holds revisions this code does not know: it is read-only here.</source>
        <translation>La base de données contient des révisions que ce code ne connaît pas&#xa0;: elle est en lecture seule ici.</translation>
    </message>
    <message>
        <source>A migration run did not finish: the upgrade to {target} started by {actor} at {time} was interrupted (its process ended).</source>
        <translation>Une migration ne s&apos;est pas terminée&#xa0;: la mise à niveau vers {target} lancée par {actor} à {time} a été interrompue (son processus s&apos;est arrêté).</translation>
    </message>
    <message>
        <source>A migration run did not finish: the downgrade to {target} started by {actor} at {time} was interrupted (its process ended).</source>
        <translation>Une migration ne s&apos;est pas terminée&#xa0;: la rétrogradation vers {target} lancée par {actor} à {time} a été interrompue (son processus s&apos;est arrêté).</translation>
    </message>
    <message>
        <source>It had not changed anything yet: the database is as it was.</source>
        <translation>Elle n&apos;avait encore rien modifié&#xa0;: la base de données est telle qu&apos;elle était.</translation>
    </message>
    <message>
        <source>The database may be part-way between revisions. Restore the copy taken before the run ({path}), or plan and run the migration again. From a terminal: {command}</source>
        <translation>La base de données est peut-être entre deux révisions. Restaurez la copie prise avant l&apos;exécution ({path}), ou planifiez et exécutez à nouveau la migration. Depuis un terminal&#xa0;: {command}</translation>
    </message>
    <message>
        <source>There is no copy to restore: plan and run the migration again.</source>
        <translation>Il n&apos;y a pas de copie à restaurer&#xa0;: planifiez et exécutez à nouveau la migration.</translation>
    </message>
    <message>
        <source>No registry drift: every module code is known and every core module is on.</source>
        <translation>Aucun écart du registre&#xa0;: tous les codes de module sont connus et tous les modules essentiels sont activés.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) that schema migrations do not see:</source>
        <translation>
            <numerusform>%Ln problème que les migrations de schéma ne voient pas&#xa0;:</numerusform>
            <numerusform>%Ln problèmes que les migrations de schéma ne voient pas&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>rows naming a module this release no longer has, or core modules missing on platforms. Repair renames the rows to the module that replaces the old code and enables the core modules, in one audited transaction.</source>
        <translation>des lignes désignent un module que cette version n&apos;a plus, ou des modules essentiels manquent sur des plateformes. La réparation renomme ces lignes vers le module qui remplace l&apos;ancien code et active les modules essentiels, en une seule transaction consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>All modules — each to its latest revision</source>
        <translation>Tous les modules — chacun à sa dernière révision</translation>
    </message>
    <message>
        <source>{branch} — to its latest revision, {head}</source>
        <translation>{branch} — à sa dernière révision, {head}</translation>
    </message>
    <message>
        <source>{revision} — {branch} up to {revision}</source>
        <translation>{revision} — {branch} jusqu&apos;à {revision}</translation>
    </message>
    <message>
        <source>{branch} — remove it entirely (drops its tables)</source>
        <translation>{branch} — le retirer entièrement (supprime ses tables)</translation>
    </message>
    <message>
        <source>{revision} — {branch} down to {revision}</source>
        <translation>{revision} — {branch} ramenée à {revision}</translation>
    </message>
    <message>
        <source>Only a super admin can repair registry drift.</source>
        <translation>Seul un super-administrateur peut réparer l&apos;écart du registre.</translation>
    </message>
    <message>
        <source>Put back the copy of the database taken before the interrupted run</source>
        <translation>Remettre en place la copie de la base de données prise avant l&apos;exécution interrompue</translation>
    </message>
    <message>
        <source>Only a super admin can restore a backup.</source>
        <translation>Seul un super-administrateur peut restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>La base de données est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>Only a super admin can run migrations.</source>
        <translation>Seul un super-administrateur peut exécuter des migrations.</translation>
    </message>
    <message>
        <source>The database holds revisions this code does not know: it is read-only.</source>
        <translation>La base de données contient des révisions que ce code ne connaît pas&#xa0;: elle est en lecture seule.</translation>
    </message>
    <message>
        <source>Plan first: the run does exactly what the plan shows.</source>
        <translation>Planifiez d&apos;abord&#xa0;: l&apos;exécution fait exactement ce que montre le plan.</translation>
    </message>
    <message>
        <source>The downgrade guard refuses this plan (see the plan).</source>
        <translation>La protection contre les rétrogradations refuse ce plan (voir le plan).</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>Rien à exécuter.</translation>
    </message>
    <message>
        <source>Run the plan shown below</source>
        <translation>Exécuter le plan ci-dessous</translation>
    </message>
    <message>
        <source>Nothing to do: the database is already at {target}.</source>
        <translation>Rien à faire&#xa0;: la base de données est déjà à {target}.</translation>
    </message>
    <message>
        <source>Upgrade to {target}: 1 revision, on {branches}.</source>
        <translation>Mise à niveau vers {target}&#xa0;: 1 révision, sur {branches}.</translation>
    </message>
    <message numerus="yes">
        <source>Upgrade to {target}: %Ln revision(s), in this order, on {branches}.</source>
        <translation>
            <numerusform>Mise à niveau vers {target}&#xa0;: %Ln révision, sur {branches}.</numerusform>
            <numerusform>Mise à niveau vers {target}&#xa0;: %Ln révisions, dans cet ordre, sur {branches}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downgrade to {target}: 1 revision, on {branches}.</source>
        <translation>Rétrogradation vers {target}&#xa0;: 1 révision, sur {branches}.</translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to {target}: %Ln revision(s), in this order, on {branches}.</source>
        <translation>
            <numerusform>Rétrogradation vers {target}&#xa0;: %Ln révision, sur {branches}.</numerusform>
            <numerusform>Rétrogradation vers {target}&#xa0;: %Ln révisions, dans cet ordre, sur {branches}.</numerusform>
        </translation>
    </message>
    <message>
        <source>This deletes data of {modules} ({revisions}); you will be asked to confirm first.</source>
        <translation>Cette opération supprime des données de {modules} ({revisions})&#x202f;; une confirmation vous sera d&apos;abord demandée.</translation>
    </message>
    <message>
        <source>-- SQLite: statements captured from a dry run on a scratch copy of the database</source>
        <translation>-- SQLite&#xa0;: instructions capturées lors d&apos;une simulation sur une copie temporaire de la base de données</translation>
    </message>
    <message>
        <source>-- PostgreSQL: Alembic&apos;s offline SQL; the run is one transaction</source>
        <translation>-- PostgreSQL&#xa0;: SQL hors ligne d&apos;Alembic&#x202f;; l&apos;exécution est une seule transaction</translation>
    </message>
    <message numerus="yes">
        <source>{platforms} and %Ln more</source>
        <translation>
            <numerusform>{platforms} et %Ln autre</numerusform>
            <numerusform>{platforms} et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{module} (on %Ln platform(s))</source>
        <translation>
            <numerusform>{module} (sur %Ln plateforme)</numerusform>
            <numerusform>{module} (sur %Ln plateformes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused: this downgrade drops the tables of {modules}, on %Ln platform(s): {platforms}.</source>
        <translation>
            <numerusform>Refusé&#xa0;: cette rétrogradation supprime les tables de {modules}, sur %Ln plateforme&#xa0;: {platforms}.</numerusform>
            <numerusform>Refusé&#xa0;: cette rétrogradation supprime les tables de {modules}, sur %Ln plateformes&#xa0;: {platforms}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable {modules} on every platform first.</source>
        <translation>Désactivez d&apos;abord {modules} sur toutes les plateformes.</translation>
    </message>
    <message>
        <source>{modules}: core, on for every platform; their tables stay.</source>
        <translation>{modules}&#xa0;: essentiels, activés sur toutes les plateformes&#x202f;; leurs tables sont conservées.</translation>
    </message>
    <message numerus="yes">
        <source>Upgrade to {target}: %Ln revision(s)</source>
        <translation>
            <numerusform>Mise à niveau vers {target}&#xa0;: %Ln révision</numerusform>
            <numerusform>Mise à niveau vers {target}&#xa0;: %Ln révisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to {target}: %Ln revision(s)</source>
        <translation>
            <numerusform>Rétrogradation vers {target}&#xa0;: %Ln révision</numerusform>
            <numerusform>Rétrogradation vers {target}&#xa0;: %Ln révisions</numerusform>
        </translation>
    </message>
    <message>
        <source>[{index}/{total}] upgrade {revision} ({branch}): {message} — {seconds} s</source>
        <translation>[{index}/{total}] mise à niveau {revision} ({branch})&#xa0;: {message} — {seconds} s</translation>
    </message>
    <message>
        <source>[{index}/{total}] downgrade {revision} ({branch}): {message} — {seconds} s</source>
        <translation>[{index}/{total}] rétrogradation {revision} ({branch})&#xa0;: {message} — {seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>Upgrade to {target} done: %Ln revision(s) applied in {seconds} s.</source>
        <translation>
            <numerusform>Mise à niveau vers {target} terminée&#xa0;: %Ln révision appliquée en {seconds} s.</numerusform>
            <numerusform>Mise à niveau vers {target} terminée&#xa0;: %Ln révisions appliquées en {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to {target} done: %Ln revision(s) applied in {seconds} s.</source>
        <translation>
            <numerusform>Rétrogradation vers {target} terminée&#xa0;: %Ln révision appliquée en {seconds} s.</numerusform>
            <numerusform>Rétrogradation vers {target} terminée&#xa0;: %Ln révisions appliquées en {seconds} s.</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy of the database before the run is kept at {path}.</source>
        <translation>Une copie de la base de données d&apos;avant l&apos;exécution est conservée à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>The run failed in {revision}: {error}</source>
        <translation>L&apos;exécution a échoué dans {revision}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>(before the first revision)</source>
        <translation>(avant la première révision)</translation>
    </message>
    <message>
        <source>PostgreSQL rolled the whole run back in its one transaction: the schema is exactly as it was before.</source>
        <translation>PostgreSQL a annulé toute l&apos;exécution dans son unique transaction&#xa0;: le schéma est exactement tel qu&apos;il était avant.</translation>
    </message>
    <message>
        <source>Applied and kept before the failure: {revisions}.</source>
        <translation>Appliquées et conservées avant l&apos;échec&#xa0;: {revisions}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The database as it was before the run is saved at {path}.</source>
        <translation>La base de données telle qu&apos;elle était avant l&apos;exécution est enregistrée à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>The run failed in {revision}. Applied and kept before the failure: {applied}.</source>
        <translation>L&apos;exécution a échoué dans {revision}. Appliquées et conservées avant l&apos;échec&#xa0;: {applied}.</translation>
    </message>
    <message>
        <source>The run failed. Applied and kept before the failure: {applied}.</source>
        <translation>L&apos;exécution a échoué. Appliquées et conservées avant l&apos;échec&#xa0;: {applied}.</translation>
    </message>
    <message>
        <source>The run was cancelled. PostgreSQL rolled the whole run back in its one transaction: the schema is exactly as it was before.</source>
        <translation>L&apos;exécution a été annulée. PostgreSQL a annulé toute l&apos;exécution dans son unique transaction&#xa0;: le schéma est exactement tel qu&apos;il était avant.</translation>
    </message>
    <message>
        <source>The run was cancelled after the current revision. Applied and kept: {revisions}.</source>
        <translation>L&apos;exécution a été annulée après la révision en cours. Appliquées et conservées&#xa0;: {revisions}.</translation>
    </message>
    <message>
        <source>The database as it was before the run is saved at {path}: restore it to undo the run.</source>
        <translation>La base de données telle qu&apos;elle était avant l&apos;exécution est enregistrée à l&apos;emplacement {path}&#xa0;: restaurez-la pour annuler l&apos;exécution.</translation>
    </message>
    <message>
        <source>The run was cancelled. Applied and kept before the cancel: {applied}.</source>
        <translation>L&apos;exécution a été annulée. Appliquées et conservées avant l&apos;annulation&#xa0;: {applied}.</translation>
    </message>
    <message>
        <source>Restored the database from {path}; its revisions are now: {heads}. The database as it was before the restore is saved at {saved}.</source>
        <translation>Base de données restaurée depuis {path}&#x202f;; ses révisions sont désormais&#xa0;: {heads}. La base de données telle qu&apos;elle était avant la restauration est enregistrée à l&apos;emplacement {saved}.</translation>
    </message>
</context>
<context>
    <name>MigrationsPage</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Migration branches</source>
        <translation>Branches de migration</translation>
    </message>
    <message>
        <source>Plan the selected branch</source>
        <translation>Planifier la branche sélectionnée</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Show the revisions and the SQL, without running anything</source>
        <translation>Afficher les révisions et le SQL, sans rien exécuter</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Exécuter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the run after the revision it is applying</source>
        <translation>Arrêter l&apos;exécution après la révision en cours d&apos;application</translation>
    </message>
    <message>
        <source>Preview repair</source>
        <translation>Aperçu de la réparation</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Réparer…</translation>
    </message>
    <message>
        <source>Press Plan to see the revisions and the SQL for this target.</source>
        <translation>Cliquez sur Planifier pour voir les révisions et le SQL pour cette cible.</translation>
    </message>
    <message>
        <source>Planning the upgrade to {target}…</source>
        <translation>Planification de la mise à niveau vers {target}…</translation>
    </message>
    <message>
        <source>Planning the downgrade to {target}…</source>
        <translation>Planification de la rétrogradation vers {target}…</translation>
    </message>
    <message>
        <source>The upgrade to {target} started by {actor} at {time} was interrupted before it finished.</source>
        <translation>La mise à niveau vers {target} lancée par {actor} à {time} a été interrompue avant la fin.</translation>
    </message>
    <message>
        <source>The downgrade to {target} started by {actor} at {time} was interrupted before it finished.</source>
        <translation>La rétrogradation vers {target} lancée par {actor} à {time} a été interrompue avant la fin.</translation>
    </message>
    <message>
        <source>Cannot plan: {error}</source>
        <translation>Planification impossible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Nothing to do: {target} is already reached.</source>
        <translation>Rien à faire&#xa0;: {target} est déjà atteint.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was run.</source>
        <translation>Non confirmé&#xa0;: rien n&apos;a été exécuté.</translation>
    </message>
    <message>
        <source>Unexpected error during the run: {error}. The details are in the log file.</source>
        <translation>Erreur inattendue pendant l&apos;exécution&#xa0;: {error}. Les détails se trouvent dans le fichier journal.</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erreur inattendue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Could not reload the status: {error}</source>
        <translation>Impossible de recharger le statut&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Running {revision}…</source>
        <translation>Exécution de {revision}…</translation>
    </message>
    <message>
        <source>Cancelling after the current revision…</source>
        <translation>Annulation après la révision en cours…</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>L&apos;exécution a été annulée.</translation>
    </message>
    <message>
        <source>Restore refused: {error}</source>
        <translation>Restauration refusée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Cannot repair: {error}</source>
        <translation>Réparation impossible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Dry run (nothing written): {summary}</source>
        <translation>Simulation (rien n&apos;est écrit)&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>Repair refused: {error}</source>
        <translation>Réparation refusée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Registry drift repaired: {summary}</source>
        <translation>Écart du registre réparé&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>Repaired: {summary}</source>
        <translation>Réparé&#xa0;: {summary}</translation>
    </message>
</context>
<context>
    <name>ModuleDetails</name>
    <message>
        <source>About the module</source>
        <translation>À propos du module</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Select a module and a platform (a row of the matrix).</source>
        <translation>Sélectionnez un module et une plateforme (une ligne de la matrice).</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Requiert</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>Requis par</translation>
    </message>
    <message>
        <source>All requirements</source>
        <translation>Toutes les dépendances</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>No settings.</source>
        <translation>Aucun paramètre.</translation>
    </message>
    <message>
        <source>Config schema</source>
        <translation>Schéma de configuration</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>secret: stored encrypted</source>
        <translation>secret&#xa0;: enregistré chiffré</translation>
    </message>
    <message>
        <source>list of %1</source>
        <translation>liste de %1</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>oui / non</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>toute valeur</translation>
    </message>
    <message>
        <source>Default config</source>
        <translation>Configuration par défaut</translation>
    </message>
    <message>
        <source>core</source>
        <translation>essentiel</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optionnel</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interne</translation>
    </message>
</context>
<context>
    <name>ModuleGraphView</name>
    <message>
        <source>core</source>
        <translation>essentiel</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optionnel</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>requires</source>
        <translation>requiert</translation>
    </message>
    <message>
        <source>required by</source>
        <translation>requis par</translation>
    </message>
    <message>
        <source>Module dependency graph</source>
        <translation>Graphe des dépendances des modules</translation>
    </message>
    <message>
        <source>No dependencies</source>
        <translation>Aucune dépendance</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3 tier&lt;br&gt;%4&lt;br&gt;Requires: %5&lt;br&gt;Required by: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), catégorie %3&lt;br&gt;%4&lt;br&gt;Requiert&#xa0;: %5&lt;br&gt;Requis par&#xa0;: %6</translation>
    </message>
</context>
<context>
    <name>ModuleList</name>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
</context>
<context>
    <name>ModuleListModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Requiert</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>Requis par</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Core — always on</source>
        <translation>Essentiel — toujours activé</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optionnel</translation>
    </message>
    <message>
        <source>Internal — staff only</source>
        <translation>Interne — réservé au personnel</translation>
    </message>
    <message>
        <source>Done: {headline}</source>
        <translation>Terminé&#xa0;: {headline}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s) changed.</source>
        <translation>
            <numerusform>%Ln plateforme modifiée.</numerusform>
            <numerusform>%Ln plateformes modifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused platform(s) skipped.</source>
        <translation>
            <numerusform>%Ln plateforme refusée ignorée.</numerusform>
            <numerusform>%Ln plateformes refusées ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModulesPage</name>
    <message>
        <source>Enable on target…</source>
        <translation>Activer sur les cibles…</translation>
    </message>
    <message>
        <source>Disable on target…</source>
        <translation>Désactiver sur les cibles…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Cascade: also disable what requires it</source>
        <translation>En cascade&#xa0;: désactiver aussi les modules qui en dépendent</translation>
    </message>
    <message>
        <source>Turn the selected module on or off there</source>
        <translation>Activer ou désactiver le module sélectionné sur ces plateformes</translation>
    </message>
    <message>
        <source>Enable {module} on target…</source>
        <translation>Activer {module} sur les cibles…</translation>
    </message>
    <message>
        <source>Disable {module} on target…</source>
        <translation>Désactiver {module} sur les cibles…</translation>
    </message>
    <message>
        <source>Check target platforms below (or “All platforms”, or type tags) and select a module.</source>
        <translation>Cochez des plateformes cibles ci-dessous (ou «&#xa0;Toutes les plateformes&#xa0;», ou saisissez des étiquettes) et sélectionnez un module.</translation>
    </message>
    <message>
        <source>{module} has no settings.</source>
        <translation>Le module {module} n&apos;a pas de paramètres.</translation>
    </message>
    <message>
        <source>Settings of {module}: select a platform (a row of the matrix)</source>
        <translation>Paramètres de {module}&#xa0;: sélectionnez une plateforme (une ligne de la matrice)</translation>
    </message>
    <message>
        <source>Settings of &lt;b&gt;{module}&lt;/b&gt; on &lt;b&gt;{platform}&lt;/b&gt; ({state})</source>
        <translation>Paramètres de &lt;b&gt;{module}&lt;/b&gt; sur &lt;b&gt;{platform}&lt;/b&gt; ({state})</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>Saved the settings of {module} on {platform}</source>
        <translation>Paramètres de {module} sur {platform} enregistrés</translation>
    </message>
    <message>
        <source>Computing the impact…</source>
        <translation>Calcul de l&apos;impact…</translation>
    </message>
    <message>
        <source>Enable {module}</source>
        <translation>Activer {module}</translation>
    </message>
    <message>
        <source>Disable {module}</source>
        <translation>Désactiver {module}</translation>
    </message>
    <message>
        <source>Enable {module} on {where}…</source>
        <translation>Activer {module} sur {where}…</translation>
    </message>
    <message>
        <source>Disable {module} on {where}…</source>
        <translation>Désactiver {module} sur {where}…</translation>
    </message>
    <message>
        <source>Disable {module} and what requires it on {where}…</source>
        <translation>Désactiver {module} et les modules qui en dépendent sur {where}…</translation>
    </message>
    <message>
        <source>Settings of {module} on {platform}</source>
        <translation>Paramètres de {module} sur {platform}</translation>
    </message>
    <message>
        <source>Tags of {platform}…</source>
        <translation>Étiquettes de {platform}…</translation>
    </message>
    <message>
        <source>Edit the tags of {platform}</source>
        <translation>Modifier les étiquettes de {platform}</translation>
    </message>
    <message>
        <source>Tags of {platform}: {tags}</source>
        <translation>Étiquettes de {platform}&#xa0;: {tags}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Rollout #{id} “{name}” created: {state}</source>
        <translation>Déploiement n° {id} «&#xa0;{name}&#xa0;» créé&#xa0;: {state}</translation>
    </message>
</context>
<context>
    <name>NavigationMixin</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>OfflineHealthWindow</name>
    <message>
        <source>Platform Console — offline</source>
        <translation>Platform Console — hors ligne</translation>
    </message>
    <message>
        <source>Offline: no database, nobody signed in</source>
        <translation>Hors ligne&#xa0;: pas de base de données, personne n&apos;est connecté</translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message>
        <source>Select an order to see its lines and payment.</source>
        <translation>Sélectionnez une commande pour voir ses lignes et son paiement.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence (SKU)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Lignes de la commande</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>Référence du prestataire</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Order {number} — store {store}, {status}, {created}</source>
        <translation>Commande {number} — boutique {store}, {status}, {created}</translation>
    </message>
    <message>
        <source>no payment</source>
        <translation>aucun paiement</translation>
    </message>
    <message>
        <source>{captured} of {amount}</source>
        <translation>{captured} sur {amount}</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Search orders</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <source>Search by order number, store or merchant (Ctrl+F)</source>
        <translation>Rechercher par numéro de commande, boutique ou marchand (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>PageCommands</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Enable a module on target…</source>
        <translation>Activer un module sur les cibles…</translation>
    </message>
    <message>
        <source>Disable a module on target…</source>
        <translation>Désactiver un module sur les cibles…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Start the selected rollout…</source>
        <translation>Lancer le déploiement sélectionné…</translation>
    </message>
    <message>
        <source>Pause the selected rollout…</source>
        <translation>Mettre en pause le déploiement sélectionné…</translation>
    </message>
    <message>
        <source>Resume the selected rollout…</source>
        <translation>Reprendre le déploiement sélectionné…</translation>
    </message>
    <message>
        <source>Approve the next wave…</source>
        <translation>Approuver la vague suivante…</translation>
    </message>
    <message>
        <source>Abort the selected rollout…</source>
        <translation>Abandonner le déploiement sélectionné…</translation>
    </message>
    <message>
        <source>Roll back the selected rollout…</source>
        <translation>Revenir en arrière sur le déploiement sélectionné…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Exécuter…</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Preview repair</source>
        <translation>Aperçu de la réparation</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Réparer…</translation>
    </message>
    <message>
        <source>Export a health report…</source>
        <translation>Exporter un rapport d&apos;état…</translation>
    </message>
    <message>
        <source>Run the health checks now</source>
        <translation>Exécuter les contrôles d&apos;état maintenant</translation>
    </message>
    <message>
        <source>Suspend the selected merchant…</source>
        <translation>Suspendre le marchand sélectionné…</translation>
    </message>
    <message>
        <source>Count exactly</source>
        <translation>Compter exactement</translation>
    </message>
    <message>
        <source>Suspend the selected store…</source>
        <translation>Suspendre la boutique sélectionnée…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <source>Approve the selected refund…</source>
        <translation>Approuver le remboursement sélectionné…</translation>
    </message>
    <message>
        <source>Reject the selected refund…</source>
        <translation>Rejeter le remboursement sélectionné…</translation>
    </message>
    <message>
        <source>Resolve pending refunds</source>
        <translation>Traiter les remboursements en attente</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Nouvel utilisateur…</translation>
    </message>
    <message>
        <source>Disable or enable the user</source>
        <translation>Désactiver ou activer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Changer le rôle…</translation>
    </message>
    <message>
        <source>Assign platforms…</source>
        <translation>Attribuer des plateformes…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Graphe des dépendances</translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation>Marchands</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Boutiques</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>captured</source>
        <translation>encaissé</translation>
    </message>
    <message>
        <source>awaiting funds</source>
        <translation>en attente des fonds</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>en cours de traitement</translation>
    </message>
    <message>
        <source>action required</source>
        <translation>action requise</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Gateway</source>
        <translation>Prestataire de paiement</translation>
    </message>
    <message>
        <source>any gateway</source>
        <translation>tous les prestataires</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Statut du paiement</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>tous les statuts</translation>
    </message>
    <message>
        <source>Refund state</source>
        <translation>État des remboursements</translation>
    </message>
    <message>
        <source>any refunds</source>
        <translation>tous les remboursements</translation>
    </message>
    <message>
        <source>refunds: {state}</source>
        <translation>remboursements&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Merchant code</source>
        <translation>Code du marchand</translation>
    </message>
    <message>
        <source>merchant code</source>
        <translation>code du marchand</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>Code de la boutique</translation>
    </message>
    <message>
        <source>store code</source>
        <translation>code de la boutique</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <source>Approve the selected refund…</source>
        <translation>Approuver le remboursement sélectionné…</translation>
    </message>
    <message>
        <source>Reject the selected refund…</source>
        <translation>Rejeter le remboursement sélectionné…</translation>
    </message>
    <message>
        <source>Resolve pending refunds</source>
        <translation>Traiter les remboursements en attente</translation>
    </message>
    <message>
        <source>Select a payment to see its refunds.</source>
        <translation>Sélectionnez un paiement pour voir ses remboursements.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>Référence du prestataire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Remboursable</translation>
    </message>
    <message>
        <source>Refunds of the payment</source>
        <translation>Remboursements du paiement</translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected refund; Ctrl+E exports the refunds</source>
        <translation>Ctrl+C copie le remboursement sélectionné&#x202f;; Ctrl+E exporte les remboursements</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <source>Resolve pending</source>
        <translation>Traiter les remboursements en attente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s) shown</source>
        <translation>
            <numerusform>%Ln paiement affiché</numerusform>
            <numerusform>%Ln paiements affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s) shown (scroll for more)</source>
        <translation>
            <numerusform>%Ln paiement affiché (faites défiler pour en voir plus)</numerusform>
            <numerusform>%Ln paiements affichés (faites défiler pour en voir plus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln succeeded</source>
        <translation>
            <numerusform>%Ln réussi</numerusform>
            <numerusform>%Ln réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln échoué</numerusform>
            <numerusform>%Ln échoués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still pending</source>
        <translation>
            <numerusform>%Ln toujours en attente</numerusform>
            <numerusform>%Ln toujours en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln ignoré</numerusform>
            <numerusform>%Ln ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment #{id} — {status}, {when}</source>
        <translation>Paiement n° {id} — {status}, {when}</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>Nothing left to refund, or your role may not refund here</source>
        <translation>Plus rien à rembourser, ou votre rôle ne permet pas de rembourser ici</translation>
    </message>
    <message>
        <source>Select a refund awaiting approval (approvers only; not your own request)</source>
        <translation>Sélectionnez un remboursement en attente d&apos;approbation (approbateurs uniquement&#x202f;; pas votre propre demande)</translation>
    </message>
    <message>
        <source>No pending refund</source>
        <translation>Aucun remboursement en attente</translation>
    </message>
    <message>
        <source>Refund #{id} of {amount} awaits approval</source>
        <translation>Le remboursement n° {id} de {amount} attend une approbation</translation>
    </message>
    <message>
        <source>Refund #{id} of {amount} done ({gateway} {ref})</source>
        <translation>Remboursement n° {id} de {amount} effectué ({gateway} {ref})</translation>
    </message>
    <message>
        <source>Refund #{id} of {amount}: {state}</source>
        <translation>Remboursement n° {id} de {amount}&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Refund #{id} rejected</source>
        <translation>Remboursement n° {id} rejeté</translation>
    </message>
    <message>
        <source>Reject refund #{id}</source>
        <translation>Rejeter le remboursement n° {id}</translation>
    </message>
    <message>
        <source>Why (shown to {who}):</source>
        <translation>Motif (visible par {who})&#xa0;:</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>rien à faire</translation>
    </message>
    <message>
        <source>Pending refunds resolved: {counts}</source>
        <translation>Remboursements en attente traités&#xa0;: {counts}</translation>
    </message>
</context>
<context>
    <name>PlanStepModel</name>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Destructive</source>
        <translation>Destructive</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>failed here</source>
        <translation>échec ici</translation>
    </message>
    <message>
        <source>applied (kept)</source>
        <translation>appliquée (conservée)</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>DESTRUCTIVE: {statements}</source>
        <translation>DESTRUCTIVE&#xa0;: {statements}</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activés</translation>
    </message>
    <message>
        <source>Pulled in</source>
        <translation>Entraînés</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivés</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>The platform&apos;s code</source>
        <translation>Le code de la plateforme</translation>
    </message>
    <message>
        <source>Modules enabled because the request names them</source>
        <translation>Modules activés parce que la demande les nomme</translation>
    </message>
    <message>
        <source>Modules enabled because a requested module needs them, with the chain</source>
        <translation>Modules activés parce qu&apos;un module demandé en a besoin, avec la chaîne de dépendances</translation>
    </message>
    <message>
        <source>Modules disabled: requested, or by cascade with the chain of what needed them</source>
        <translation>Modules désactivés&#xa0;: demandés, ou en cascade avec la chaîne de ce qui en dépendait</translation>
    </message>
    <message>
        <source>Why nothing would be written for this platform</source>
        <translation>Pourquoi rien ne serait écrit pour cette plateforme</translation>
    </message>
    <message>
        <source>%1 (cascade: %2)</source>
        <translation>%1 (en cascade&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 is required by %2</source>
        <translation>%1 est requis par %2</translation>
    </message>
    <message>
        <source>%1 is a core module and stays enabled</source>
        <translation>%1 est un module essentiel et reste activé</translation>
    </message>
    <message>
        <source>%1 is needed by a module this change enables, and disabled by it too</source>
        <translation>%1 est requis par un module que cette modification active, et elle le désactive aussi</translation>
    </message>
    <message>
        <source>%1 is an internal module: only a super admin may change it</source>
        <translation>%1 est un module interne&#xa0;: seul un super-administrateur peut le modifier</translation>
    </message>
    <message>
        <source>you may not change the modules of this platform</source>
        <translation>vous ne pouvez pas modifier les modules de cette plateforme</translation>
    </message>
    <message>
        <source>already enabled</source>
        <translation>déjà activé</translation>
    </message>
    <message>
        <source>already disabled</source>
        <translation>déjà désactivé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>PlatformMatrix</name>
    <message>
        <source>Show the platforms with this tag</source>
        <translation>Afficher les plateformes portant cette étiquette</translation>
    </message>
    <message>
        <source>Show only the platforms with this tag</source>
        <translation>N’afficher que les plateformes portant cette étiquette</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Edit tags…</source>
        <translation>Modifier les étiquettes…</translation>
    </message>
    <message>
        <source>Edit the tags of the platform of the current row</source>
        <translation>Modifier les étiquettes de la plateforme de la ligne courante</translation>
    </message>
    <message>
        <source>Modules by platform</source>
        <translation>Modules par plateforme</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected platform(s)</source>
        <translation>
            <numerusform>%Ln plateforme sélectionnée</numerusform>
            <numerusform>%Ln plateformes sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platform(s) matching “{search}” with the tag “{tag}”</source>
        <translation>
            <numerusform>&lt;b&gt;Plateformes × modules&lt;/b&gt; — %Ln plateforme correspondant à «&#xa0;{search}&#xa0;» avec l’étiquette «&#xa0;{tag}&#xa0;»</numerusform>
            <numerusform>&lt;b&gt;Plateformes × modules&lt;/b&gt; — %Ln plateformes correspondant à «&#xa0;{search}&#xa0;» avec l’étiquette «&#xa0;{tag}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platform(s) with the tag “{tag}”</source>
        <translation>
            <numerusform>&lt;b&gt;Plateformes × modules&lt;/b&gt; — %Ln plateforme avec l’étiquette «&#xa0;{tag}&#xa0;»</numerusform>
            <numerusform>&lt;b&gt;Plateformes × modules&lt;/b&gt; — %Ln plateformes avec l’étiquette «&#xa0;{tag}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platform(s) matching “{search}”</source>
        <translation>
            <numerusform>&lt;b&gt;Plateformes × modules&lt;/b&gt; — %Ln plateforme correspondant à «&#xa0;{search}&#xa0;»</numerusform>
            <numerusform>&lt;b&gt;Plateformes × modules&lt;/b&gt; — %Ln plateformes correspondant à «&#xa0;{search}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platform(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Plateformes × modules&lt;/b&gt; — %Ln plateforme</numerusform>
            <numerusform>&lt;b&gt;Plateformes × modules&lt;/b&gt; — %Ln plateformes</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click a cell to toggle, right-click for more</source>
        <translation>double-cliquez sur une cellule pour basculer, clic droit pour plus d&apos;options</translation>
    </message>
</context>
<context>
    <name>PlatformMatrixModel</name>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Module {code}</source>
        <translation>Module {code}</translation>
    </message>
    <message>
        <source>{platform}: {name}
Tags: {tags}</source>
        <translation>{platform}&#xa0;: {name}
Étiquettes&#xa0;: {tags}</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>{module} is enabled on {platform}</source>
        <translation>{module} est activé sur {platform}</translation>
    </message>
    <message>
        <source>{module} is disabled on {platform}</source>
        <translation>{module} est désactivé sur {platform}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>chargement</translation>
    </message>
</context>
<context>
    <name>PlatformSelector</name>
    <message>
        <source>Search platforms by code or name</source>
        <translation>Rechercher (code ou nom)</translation>
    </message>
    <message>
        <source>Search platforms</source>
        <translation>Rechercher des plateformes</translation>
    </message>
    <message>
        <source>&amp;All platforms</source>
        <translation>&amp;Toutes les plateformes</translation>
    </message>
    <message>
        <source>Every platform, including platforms created later</source>
        <translation>Toutes les plateformes, y compris celles créées plus tard</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Check shown</source>
        <translation>Cocher les résultats</translation>
    </message>
    <message>
        <source>Check every platform the search shows</source>
        <translation>Cocher toutes les plateformes affichées par la recherche</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Uncheck every platform</source>
        <translation>Décocher toutes les plateformes</translation>
    </message>
    <message>
        <source>All %1 platforms selected</source>
        <translation>Les %1 plateformes sont sélectionnées</translation>
    </message>
    <message>
        <source>%1 of %2 selected, %3 shown</source>
        <translation>%1 sur %2 sélectionnées, %3 affichées</translation>
    </message>
    <message>
        <source>%1 of %2 selected</source>
        <translation>%1 sur %2 sélectionnées</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <source>Show the whole time window</source>
        <translation>Afficher toute la période</translation>
    </message>
</context>
<context>
    <name>PlotTabs</name>
    <message>
        <source>Loading the plots…</source>
        <translation>Chargement des graphiques…</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>metric name, or PromQL for a Prometheus server</source>
        <translation>nom de la métrique, ou PromQL pour un serveur Prometheus</translation>
    </message>
    <message>
        <source>List metrics</source>
        <translation>Lister les métriques</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Tracer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Select an endpoint first.</source>
        <translation>Sélectionnez d&apos;abord un point de terminaison.</translation>
    </message>
    <message>
        <source>Type a PromQL expression for {name}.</source>
        <translation>Saisissez une expression PromQL pour {name}.</translation>
    </message>
    <message>
        <source>{name}: cannot list metrics: {error}</source>
        <translation>{name}&#xa0;: impossible de lister les métriques&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln metric(s) on {name}: counters are plotted as rates, histograms as quantiles.</source>
        <translation>
            <numerusform>%Ln métrique sur {name}&#xa0;: les compteurs sont tracés en taux, les histogrammes en quantiles.</numerusform>
            <numerusform>%Ln métriques sur {name}&#xa0;: les compteurs sont tracés en taux, les histogrammes en quantiles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>New PostgreSQL profile</source>
        <translation>Nouveau profil PostgreSQL</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Embedded SQLite</source>
        <translation>SQLite intégré</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Configured URL</source>
        <translation>URL configurée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>kept in the keyring; empty: unchanged</source>
        <translation>conservé dans le trousseau de clés&#x202f;; vide&#xa0;: inchangé</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>Mode TLS</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>new profile</source>
        <translation>nouveau profil</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat CA</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason (required, kept in the audit trail)</source>
        <translation>Motif (obligatoire, conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Reason (optional, kept in the audit trail)</source>
        <translation>Motif (facultatif, conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>{message} ({code})</source>
        <translation>{message} ({code})</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund payment #{id}</source>
        <translation>Rembourser le paiement n° {id}</translation>
    </message>
    <message>
        <source>Captured {captured}, refunded {refunded}, pending {pending}, awaiting approval {awaiting}.
Refundable now: {remaining}.</source>
        <translation>Encaissé {captured}, remboursé {refunded}, en attente {pending}, en attente d&apos;approbation {awaiting}.
Remboursable maintenant&#xa0;: {remaining}.</translation>
    </message>
    <message>
        <source>Amount in {currency}</source>
        <translation>Montant en {currency}</translation>
    </message>
    <message>
        <source>In {currency}, with its decimals, written as in {example}</source>
        <translation>En {currency}, avec ses décimales, sous la forme {example}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Why (required; kept in the audit log)</source>
        <translation>Motif (obligatoire&#x202f;; conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>At most {remaining} can be refunded.</source>
        <translation>Vous pouvez rembourser au plus {remaining}.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Un motif est obligatoire.</translation>
    </message>
    <message>
        <source>Without approval, a payment&apos;s refunds may total up to {limit}; {held} is already refunded or requested on this one.</source>
        <translation>Sans approbation, les remboursements d&apos;un paiement peuvent atteindre au total {limit}&#x202f;; {held} est déjà remboursé ou demandé sur celui-ci.</translation>
    </message>
    <message>
        <source>Your refunds may total up to {daily} in 24 hours; {today} so far.</source>
        <translation>Vos remboursements peuvent atteindre au total {daily} sur 24 heures&#x202f;; {today} jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Above that, the refund is recorded and waits for a platform admin&apos;s approval (nothing is sent until then).</source>
        <translation>Au-delà, le remboursement est enregistré et attend l&apos;approbation d&apos;un administrateur de plateforme (rien n&apos;est envoyé d&apos;ici là).</translation>
    </message>
    <message>
        <source>This refund will wait for approval.</source>
        <translation>Ce remboursement attendra une approbation.</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>Repair registry drift</source>
        <translation>Réparer l&apos;écart du registre</translation>
    </message>
    <message>
        <source>The repair runs in one transaction and is written to the audit log: {summary}.</source>
        <translation>La réparation s&apos;exécute en une seule transaction et est consignée dans le journal d&apos;audit&#xa0;: {summary}.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparer</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export a health report</source>
        <translation>Exporter un rapport d&apos;état</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Fichier du rapport</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>HTML file (the JSON goes next to it)</source>
        <translation>Fichier HTML (le JSON est enregistré à côté)</translation>
    </message>
    <message>
        <source>Health report</source>
        <translation>Rapport d&apos;état</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Restoring puts back the copy of the database taken before the run, undoing what the run changed; anything else written to the database since the copy is lost, except the audit log, which is carried over. The copy is checked first, and the database as it is now is saved, so the restore itself can be undone.</source>
        <translation>La restauration remet en place la copie de la base de données prise avant l&apos;exécution, ce qui annule les changements de l&apos;exécution&#x202f;; tout ce qui a été écrit d&apos;autre dans la base depuis la copie est perdu, sauf le journal d&apos;audit, qui est repris. La copie est d&apos;abord vérifiée, et la base de données dans son état actuel est enregistrée, de sorte que la restauration elle-même peut être annulée.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>RolloutConfirmDialog</name>
    <message>
        <source>Platforms concerned</source>
        <translation>Plateformes concernées</translation>
    </message>
</context>
<context>
    <name>RolloutCreateDialog</name>
    <message>
        <source>Roll out in waves: enable %1</source>
        <translation>Déploiement par vagues&#xa0;: activer %1</translation>
    </message>
    <message>
        <source>Roll out in waves: disable %1</source>
        <translation>Déploiement par vagues&#xa0;: désactiver %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln target platform(s)</source>
        <translation>
            <numerusform>%Ln plateforme cible</numerusform>
            <numerusform>%Ln plateformes cibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would change</source>
        <translation>
            <numerusform>%Ln serait modifiée</numerusform>
            <numerusform>%Ln seraient modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <source>Disable %1 and what requires it</source>
        <translation>Désactiver %1 et ce qui en dépend</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>%1 on %2 (%3), wave after wave.</source>
        <translation>%1 sur %2 (%3), vague après vague.</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>A comma list: tag:TAG (the targets with that tag), a count (5) or a percentage (10%). Counts and percentages are cumulative; the last wave takes every target left.</source>
        <translation>Une liste séparée par des virgules&#xa0;: tag:ÉTIQUETTE (les cibles qui portent cette étiquette), un nombre (5) ou un pourcentage (10%). Nombres et pourcentages se cumulent&#xa0;; la dernière vague prend toutes les cibles restantes.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Put the targets with a tag in a wave of their own, first</source>
        <translation>Mettre d&apos;abord les cibles qui portent une étiquette dans une vague à part</translation>
    </message>
    <message>
        <source>&amp;Waves:</source>
        <translation>&amp;Vagues&#xa0;:</translation>
    </message>
    <message>
        <source>How long each wave runs before its gates are asked: 30s, 10m, 2h, 1d</source>
        <translation>Combien de temps chaque vague tourne avant que ses contrôles soient interrogés&#xa0;: 30s, 10m, 2h, 1d</translation>
    </message>
    <message>
        <source>&amp;Bake time:</source>
        <translation>&amp;Durée d&apos;observation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Roll bac&amp;k what it changed</source>
        <translation>Annuler ce qu&apos;il a &amp;modifié</translation>
    </message>
    <message>
        <source>If a gate fails:</source>
        <translation>Si un contrôle échoue&#xa0;:</translation>
    </message>
    <message>
        <source>A gate that cannot be asked (Prometheus unreachable) counts as failed after this time</source>
        <translation>Un contrôle qui ne peut pas être interrogé (Prometheus injoignable) compte comme échoué après ce délai</translation>
    </message>
    <message>
        <source>Gate ti&amp;meout:</source>
        <translation>Délai des con&amp;trôles&#xa0;:</translation>
    </message>
    <message>
        <source>A comparison fails when the changed platforms are worse at this significance</source>
        <translation>Une comparaison échoue quand les plateformes modifiées sont moins bonnes à ce seuil de signification</translation>
    </message>
    <message>
        <source>Comparison si&amp;gnificance:</source>
        <translation>Seuil de si&amp;gnification&#xa0;:</translation>
    </message>
    <message>
        <source>at once; or +30m, 2026-12-24T06:00</source>
        <translation>tout de suite&#xa0;; ou +30m, 2026-12-24T06:00</translation>
    </message>
    <message>
        <source>&amp;Start at:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>any time; or Mon-Fri 09:00-17:00 Europe/Luxembourg</source>
        <translation>à toute heure&#xa0;; ou Mon-Fri 09:00-17:00 Europe/Luxembourg</translation>
    </message>
    <message>
        <source>Waves are applied only inside these windows: DAYS HH:MM-HH:MM [ZONE], several separated by semicolons</source>
        <translation>Les vagues ne sont appliquées que dans ces plages horaires&#xa0;: JOURS HH:MM-HH:MM [FUSEAU], plusieurs séparées par des points-virgules</translation>
    </message>
    <message>
        <source>W&amp;indows:</source>
        <translation>Plage&amp;s horaires&#xa0;:</translation>
    </message>
    <message>
        <source>Gates, asked after each wave&apos;s bake time</source>
        <translation>Contrôles, interrogés après la durée d&apos;observation de chaque vague</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Vagues</translation>
    </message>
    <message>
        <source>“Preview waves” lists the platforms of each wave; nothing is written.</source>
        <translation>«&#xa0;Aperçu des vagues&#xa0;» liste les plateformes de chaque vague&#xa0;; rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>Some of them</source>
        <translation>Quelques-unes</translation>
    </message>
    <message>
        <source>Pre&amp;view waves</source>
        <translation>Aperç&amp;u des vagues</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Create and s&amp;tart</source>
        <translation>Créer et &amp;lancer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>tag:%1 (%Ln platform(s))</source>
        <translation>
            <numerusform>tag:%1 (%Ln plateforme)</numerusform>
            <numerusform>tag:%1 (%Ln plateformes)</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the target platforms carries a tag</source>
        <translation>Aucune plateforme cible ne porte d&apos;étiquette</translation>
    </message>
    <message>
        <source>The fields changed: preview the waves again.</source>
        <translation>Les champs ont changé&#xa0;: affichez à nouveau l&apos;aperçu des vagues.</translation>
    </message>
    <message>
        <source>Creates the rollout and starts it: wave 1 is applied by the next runner</source>
        <translation>Crée le déploiement et le lance&#xa0;: la vague 1 est appliquée par le prochain exécuteur</translation>
    </message>
    <message>
        <source>Computing the waves…</source>
        <translation>Calcul des vagues…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 over %2: %3. Nothing is written until you create the rollout.</source>
        <translation>%1 sur %2&#xa0;: %3. Rien n&apos;est enregistré avant que vous créiez le déploiement.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln wave(s)</source>
        <translation>
            <numerusform>%Ln vague</numerusform>
            <numerusform>%Ln vagues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s)</source>
        <translation>
            <numerusform>%Ln plateforme</numerusform>
            <numerusform>%Ln plateformes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s) refuse the change: the rollout would be refused.</source>
        <translation>
            <numerusform>%Ln plateforme refuse la modification&#xa0;: le déploiement serait refusé.</numerusform>
            <numerusform>%Ln plateformes refusent la modification&#xa0;: le déploiement serait refusé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the rollout…</source>
        <translation>Création du déploiement…</translation>
    </message>
    <message>
        <source>Starting the rollout…</source>
        <translation>Lancement du déploiement…</translation>
    </message>
</context>
<context>
    <name>RolloutDetail</name>
    <message>
        <source>Gates of the wave</source>
        <translation>Contrôles de la vague</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Select a rollout to see its waves and gates.</source>
        <translation>Sélectionnez un déploiement pour voir ses vagues et ses contrôles.</translation>
    </message>
    <message>
        <source>A person approves each next wave.</source>
        <translation>Une personne approuve chaque vague suivante.</translation>
    </message>
    <message>
        <source>Not evaluated yet.</source>
        <translation>Pas encore évalué.</translation>
    </message>
</context>
<context>
    <name>RolloutTexts</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planifié</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>baking</source>
        <translation>en observation</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>retour arrière</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>wave</comment>
        <translation>à venir</translation>
    </message>
    <message>
        <source>applied</source>
        <comment>wave</comment>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>baking</source>
        <comment>wave</comment>
        <translation>en observation</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>wave</comment>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>wave</comment>
        <translation>échouée</translation>
    </message>
    <message>
        <source>rolled back</source>
        <comment>wave</comment>
        <translation>retour arrière</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>gate</comment>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>gate</comment>
        <translation>échoué</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>gate</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>every state</source>
        <translation>tous les états</translation>
    </message>
    <message>
        <source>in progress or paused</source>
        <translation>en cours ou en pause</translation>
    </message>
    <message>
        <source>needs a person (paused, waiting)</source>
        <translation>attend une personne (en pause, en attente)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>aucune durée</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} j</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s)</source>
        <translation>
            <numerusform>%Ln plateforme</numerusform>
            <numerusform>%Ln plateformes</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable {modules}</source>
        <translation>Activer {modules}</translation>
    </message>
    <message>
        <source>Disable {modules} (and what needs it)</source>
        <translation>Désactiver {modules} (et ce qui en dépend)</translation>
    </message>
    <message>
        <source>Disable {modules}</source>
        <translation>Désactiver {modules}</translation>
    </message>
    <message>
        <source>Configure {module}: {settings}</source>
        <translation>Configurer {module}&#xa0;: {settings}</translation>
    </message>
    <message>
        <source>{passed}/{waves} waves · {platforms}</source>
        <translation>{passed}/{waves} vagues · {platforms}</translation>
    </message>
    <message>
        <source>Paused by {who}.</source>
        <translation>Mis en pause par {who}.</translation>
    </message>
    <message>
        <source>Rolled back by {who}.</source>
        <translation>Retour arrière par {who}.</translation>
    </message>
    <message>
        <source>A gate failed: {detail}</source>
        <translation>Un contrôle a échoué&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Waiting for a gate: {detail}</source>
        <translation>En attente d&apos;un contrôle&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Wave {wave} of {waves} waits for someone to approve it.</source>
        <translation>La vague {wave} sur {waves} attend qu&apos;une personne l&apos;approuve.</translation>
    </message>
    <message>
        <source>Outside every window; the next opens at {time}.</source>
        <translation>Hors de toute plage horaire&#xa0;; la prochaine s&apos;ouvre à {time}.</translation>
    </message>
    <message>
        <source>Outside every window.</source>
        <translation>Hors de toute plage horaire.</translation>
    </message>
    <message>
        <source>A wave could not be applied: {detail}</source>
        <translation>Une vague n&apos;a pas pu être appliquée&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Left alone, changed by someone else since: {platforms}.</source>
        <translation>Laissées telles quelles, modifiées par quelqu&apos;un d&apos;autre depuis&#xa0;: {platforms}.</translation>
    </message>
    <message>
        <source>Select a rollout first.</source>
        <translation>Sélectionnez d&apos;abord un déploiement.</translation>
    </message>
    <message>
        <source>Your role may not change rollouts.</source>
        <translation>Votre rôle ne permet pas de modifier les déploiements.</translation>
    </message>
    <message>
        <source>Busy with the previous action.</source>
        <translation>Occupé par l&apos;action précédente.</translation>
    </message>
    <message>
        <source>The rollout does not wait for an approval.</source>
        <translation>Le déploiement n&apos;attend pas d&apos;approbation.</translation>
    </message>
    <message>
        <source>You started this rollout: someone else approves it.</source>
        <translation>Vous avez lancé ce déploiement&#xa0;: une autre personne l&apos;approuve.</translation>
    </message>
    <message>
        <source>Only a draft can be started; this rollout is {state}.</source>
        <translation>Seul un brouillon peut être lancé&#xa0;; ce déploiement est&#xa0;: {state}.</translation>
    </message>
    <message>
        <source>Only a rollout under way can be paused; this one is {state}.</source>
        <translation>Seul un déploiement en cours peut être mis en pause&#xa0;; celui-ci est&#xa0;: {state}.</translation>
    </message>
    <message>
        <source>Only a paused rollout can be resumed; this one is {state}.</source>
        <translation>Seul un déploiement en pause peut être repris&#xa0;; celui-ci est&#xa0;: {state}.</translation>
    </message>
    <message>
        <source>Only a rollout waiting for approval can be approved; this one is {state}.</source>
        <translation>Seul un déploiement qui attend une approbation peut être approuvé&#xa0;; celui-ci est&#xa0;: {state}.</translation>
    </message>
    <message>
        <source>Only a draft, scheduled or paused rollout can be aborted; this one is {state}.</source>
        <translation>Seul un déploiement en brouillon, planifié ou en pause peut être abandonné&#xa0;; celui-ci est&#xa0;: {state}.</translation>
    </message>
    <message>
        <source>Only a paused rollout can be rolled back; this one is {state}.</source>
        <translation>Seul un déploiement en pause peut revenir en arrière&#xa0;; celui-ci est&#xa0;: {state}.</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>Lancer…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Abort…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Revenir en arrière…</translation>
    </message>
    <message>
        <source>{change}: wave 1 of {waves} ({platforms}) is applied at {time}.</source>
        <translation>{change}&#xa0;: la vague 1 sur {waves} ({platforms}) est appliquée à {time}.</translation>
    </message>
    <message>
        <source>{change}: wave 1 of {waves} ({platforms}) is applied by the next runner.</source>
        <translation>{change}&#xa0;: la vague 1 sur {waves} ({platforms}) est appliquée au prochain passage de l&apos;exécuteur.</translation>
    </message>
    <message>
        <source>Each wave bakes {bake}, then its gates decide whether the next one goes.</source>
        <translation>Chaque vague est observée pendant {bake}, puis ses contrôles décident si la suivante part.</translation>
    </message>
    <message>
        <source>Each wave bakes {bake}, then the next one goes.</source>
        <translation>Chaque vague est observée pendant {bake}, puis la suivante part.</translation>
    </message>
    <message>
        <source>You are recorded as the person who started it.</source>
        <translation>Vous êtes enregistré comme la personne qui l&apos;a lancé.</translation>
    </message>
    <message>
        <source>Start rollout #{id} “{name}”</source>
        <translation>Lancer le déploiement n° {id} «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>The rollout stops where it is: no wave is applied and no gate is asked until someone resumes it. What it applied so far stays.</source>
        <translation>Le déploiement s&apos;arrête là où il en est&#xa0;: aucune vague n&apos;est appliquée et aucun contrôle n&apos;est interrogé jusqu&apos;à ce que quelqu&apos;un le reprenne. Ce qu&apos;il a déjà appliqué reste en place.</translation>
    </message>
    <message>
        <source>Pause rollout #{id} “{name}”</source>
        <translation>Mettre en pause le déploiement n° {id} «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Wave {wave}&apos;s gates are evaluated when its bake time is over.</source>
        <translation>Les contrôles de la vague {wave} sont évalués à la fin de sa période d&apos;observation.</translation>
    </message>
    <message>
        <source>Wave {wave}&apos;s gates are evaluated by the next runner.</source>
        <translation>Les contrôles de la vague {wave} sont évalués au prochain passage de l&apos;exécuteur.</translation>
    </message>
    <message>
        <source>Wave {wave} of {waves} waits again for someone other than its starter to approve it: resuming does not approve it.</source>
        <translation>La vague {wave} sur {waves} attend de nouveau qu&apos;une personne autre que celle qui a lancé le déploiement l&apos;approuve&#xa0;: reprendre ne vaut pas approbation.</translation>
    </message>
    <message>
        <source>The rollout completes: every wave is applied.</source>
        <translation>Le déploiement se termine&#xa0;: toutes les vagues sont appliquées.</translation>
    </message>
    <message>
        <source>{change}: wave {wave} of {waves} ({platforms}) is applied by the next runner.</source>
        <translation>{change}&#xa0;: la vague {wave} sur {waves} ({platforms}) est appliquée au prochain passage de l&apos;exécuteur.</translation>
    </message>
    <message>
        <source>Resume rollout #{id} “{name}”</source>
        <translation>Reprendre le déploiement n° {id} «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>{change}: wave {wave} of {waves} goes out to {platforms}, applied by the next runner. You are recorded as its approver.</source>
        <translation>{change}&#xa0;: la vague {wave} sur {waves} part vers {platforms}, appliquée au prochain passage de l&apos;exécuteur. Vous êtes enregistré comme son approbateur.</translation>
    </message>
    <message>
        <source>Approve wave {wave} of rollout #{id}</source>
        <translation>Approuver la vague {wave} du déploiement n° {id}</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>The rollout ends for good: it cannot be resumed or rolled back afterwards.</source>
        <translation>Le déploiement s&apos;arrête définitivement&#xa0;: il ne pourra plus être repris ni revenir en arrière.</translation>
    </message>
    <message>
        <source>What its applied waves changed stays, on up to {platforms}.</source>
        <translation>Ce que ses vagues appliquées ont modifié reste en place, sur {platforms} au plus.</translation>
    </message>
    <message>
        <source>Abort rollout #{id} “{name}”</source>
        <translation>Abandonner le déploiement n° {id} «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message numerus="yes">
        <source>The rollout disables {modules} again, with what it pulled in, on %Ln platform(s), newest wave first.</source>
        <translation>
            <numerusform>Le déploiement désactive de nouveau {modules}, avec ce qu&apos;il a entraîné, sur %Ln plateforme, la vague la plus récente d&apos;abord.</numerusform>
            <numerusform>Le déploiement désactive de nouveau {modules}, avec ce qu&apos;il a entraîné, sur %Ln plateformes, la vague la plus récente d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s) that had it before keep it.</source>
        <translation>
            <numerusform>%Ln plateforme qui l&apos;avait déjà le garde.</numerusform>
            <numerusform>%Ln plateformes qui l&apos;avaient déjà le gardent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rollout enables {modules} again on %Ln platform(s), newest wave first.</source>
        <translation>
            <numerusform>Le déploiement réactive {modules} sur %Ln plateforme, la vague la plus récente d&apos;abord.</numerusform>
            <numerusform>Le déploiement réactive {modules} sur %Ln plateformes, la vague la plus récente d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s) that did not have it before stay without it.</source>
        <translation>
            <numerusform>%Ln plateforme qui ne l&apos;avait pas reste sans.</numerusform>
            <numerusform>%Ln plateformes qui ne l&apos;avaient pas restent sans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The settings of {modules} go back to their previous values on %Ln platform(s), newest wave first.</source>
        <translation>
            <numerusform>Les paramètres de {modules} reprennent leurs valeurs précédentes sur %Ln plateforme, la vague la plus récente d&apos;abord.</numerusform>
            <numerusform>Les paramètres de {modules} reprennent leurs valeurs précédentes sur %Ln plateformes, la vague la plus récente d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>What someone else changed since is left alone and listed. The rollout then stops for good.</source>
        <translation>Ce que quelqu&apos;un d&apos;autre a modifié depuis reste tel quel et est signalé. Le déploiement s&apos;arrête ensuite définitivement.</translation>
    </message>
    <message>
        <source>Roll back rollout #{id} “{name}”</source>
        <translation>Revenir en arrière sur le déploiement n° {id} «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave {wave}: {platforms}</source>
        <translation>Vague {wave}&#xa0;: {platforms}</translation>
    </message>
    <message>
        <source>Rollout #{id} started: {state}.</source>
        <translation>Déploiement n° {id} lancé&#xa0;: {state}.</translation>
    </message>
    <message>
        <source>Rollout #{id} paused.</source>
        <translation>Déploiement n° {id} mis en pause.</translation>
    </message>
    <message>
        <source>Rollout #{id} resumed: {state}.</source>
        <translation>Déploiement n° {id} repris&#xa0;: {state}.</translation>
    </message>
    <message>
        <source>Rollout #{id}: the next wave is approved.</source>
        <translation>Déploiement n° {id}&#xa0;: la vague suivante est approuvée.</translation>
    </message>
    <message>
        <source>Rollout #{id} aborted.</source>
        <translation>Déploiement n° {id} abandonné.</translation>
    </message>
    <message>
        <source>Rollout #{id} rolled back.</source>
        <translation>Déploiement n° {id}&#xa0;: retour arrière effectué.</translation>
    </message>
    <message numerus="yes">
        <source>{platforms} in %Ln wave(s)</source>
        <translation>
            <numerusform>{platforms} en %Ln vague</numerusform>
            <numerusform>{platforms} en %Ln vagues</numerusform>
        </translation>
    </message>
    <message>
        <source>bake {time}</source>
        <translation>observation {time}</translation>
    </message>
    <message>
        <source>on a failed gate: roll back</source>
        <translation>contrôle échoué&#xa0;: retour arrière</translation>
    </message>
    <message>
        <source>on a failed gate: pause</source>
        <translation>contrôle échoué&#xa0;: pause</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>créé par {who}</translation>
    </message>
    <message>
        <source>started by {who}</source>
        <translation>lancé par {who}</translation>
    </message>
    <message>
        <source>starts at {time}</source>
        <translation>démarre à {time}</translation>
    </message>
    <message>
        <source>Wave {wave} of {waves}</source>
        <translation>Vague {wave} sur {waves}</translation>
    </message>
    <message>
        <source>applied {time}</source>
        <translation>appliquée le {time}</translation>
    </message>
    <message>
        <source>bakes until {time}</source>
        <translation>observée jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>approved by {who}</source>
        <translation>approuvée par {who}</translation>
    </message>
    <message>
        <source>approval by a second person</source>
        <translation>approbation par une seconde personne</translation>
    </message>
    <message>
        <source>Platforms: {platforms}</source>
        <translation>Plateformes&#xa0;: {platforms}</translation>
    </message>
    <message>
        <source>Rollout paused</source>
        <translation>Déploiement en pause</translation>
    </message>
    <message>
        <source>Rollout waiting for approval</source>
        <translation>Déploiement en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Rollout completed</source>
        <translation>Déploiement terminé</translation>
    </message>
    <message>
        <source>Rollout rolled back</source>
        <translation>Déploiement annulé</translation>
    </message>
    <message>
        <source>paused by %1</source>
        <translation>mis en pause par %1</translation>
    </message>
    <message>
        <source>rolled back by %1</source>
        <translation>annulé par %1</translation>
    </message>
    <message>
        <source>a gate failed: %1</source>
        <translation>un contrôle a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>a wave could not be applied: %1</source>
        <translation>une vague n&apos;a pas pu être appliquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>wave %1 of %2 waits for approval</source>
        <translation>la vague %1 sur %2 attend une approbation</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln wave(s) applied</source>
        <translation>
            <numerusform>%Ln vague appliquée</numerusform>
            <numerusform>les %Ln vagues appliquées</numerusform>
        </translation>
    </message>
    <message>
        <source>left alone, changed by someone else since: %1</source>
        <translation>laissé tel quel, modifié depuis par quelqu&apos;un d&apos;autre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rollout #%1 “%2”: %3</source>
        <translation>Déploiement n° %1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Rollout #%1 “%2”</source>
        <translation>Déploiement n° %1 «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RolloutTimeline</name>
    <message>
        <source>Waves of the rollout</source>
        <translation>Vagues du déploiement</translation>
    </message>
    <message>
        <source>Left and Right select the previous or next wave</source>
        <translation>Gauche et Droite sélectionnent la vague précédente ou suivante</translation>
    </message>
</context>
<context>
    <name>RolloutsModel</name>
    <message>
        <source>Id</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>RolloutsPage</name>
    <message>
        <source>Rollout state</source>
        <translation>État du déploiement</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Start the selected rollout…</source>
        <translation>Lancer le déploiement sélectionné…</translation>
    </message>
    <message>
        <source>Pause the selected rollout…</source>
        <translation>Mettre en pause le déploiement sélectionné…</translation>
    </message>
    <message>
        <source>Resume the selected rollout…</source>
        <translation>Reprendre le déploiement sélectionné…</translation>
    </message>
    <message>
        <source>Approve the next wave…</source>
        <translation>Approuver la vague suivante…</translation>
    </message>
    <message>
        <source>Abort the selected rollout…</source>
        <translation>Abandonner le déploiement sélectionné…</translation>
    </message>
    <message>
        <source>Roll back the selected rollout…</source>
        <translation>Revenir en arrière sur le déploiement sélectionné…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rollout(s)</source>
        <translation>
            <numerusform>%Ln déploiement</numerusform>
            <numerusform>%Ln déploiements</numerusform>
        </translation>
    </message>
    <message>
        <source>A person approves each next wave: this gate has no values.</source>
        <translation>Une personne approuve chaque vague suivante&#xa0;: ce contrôle n&apos;a pas de valeurs.</translation>
    </message>
    <message>
        <source>This gate asks a process whether it is ready: it has no values to plot.</source>
        <translation>Ce contrôle demande à un processus s&apos;il est prêt&#xa0;: il n&apos;a pas de valeurs à tracer.</translation>
    </message>
    <message>
        <source>Prometheus cannot be asked now: {why}</source>
        <translation>Prometheus ne peut pas être interrogé maintenant&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Now, asked of Prometheus at {time}: {detail}</source>
        <translation>Maintenant, demandé à Prometheus à {time}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>As recorded when wave {wave}&apos;s gates were evaluated, at {time}: {detail}</source>
        <translation>Tel qu&apos;enregistré lors de l&apos;évaluation des contrôles de la vague {wave}, à {time}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>This gate has not been evaluated for this wave yet.</source>
        <translation>Ce contrôle n&apos;a pas encore été évalué pour cette vague.</translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message>
        <source>Restore the backup…</source>
        <translation>Restaurer la sauvegarde…</translation>
    </message>
    <message>
        <source>Refused, nothing was run: {error}</source>
        <translation>Refusé, rien n&apos;a été exécuté&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>RunProgressDialog</name>
    <message>
        <source>Migration progress</source>
        <translation>Progression de la migration</translation>
    </message>
    <message>
        <source>Cancelling after the current revision…</source>
        <translation>Annulation après la révision en cours…</translation>
    </message>
</context>
<context>
    <name>SharingStrip</name>
    <message>
        <source>Another console (process {pid})</source>
        <translation>Une autre console (processus {pid})</translation>
    </message>
    <message>
        <source>Another console</source>
        <translation>Une autre console</translation>
    </message>
    <message>
        <source>{who} on this computer is polling the health targets: this page shows what it writes to the health history, and polls itself when that console closes.</source>
        <translation>{who} sur cet ordinateur interroge les cibles surveillées&#xa0;: cette page affiche ce qu&apos;elle écrit dans l&apos;historique d&apos;état, et interroge elle-même les cibles quand l&apos;autre console se ferme.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrer par action ou par touche</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Session locked</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in to {database}</source>
        <translation>Se connecter à {database}</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Demo accounts (password {password}) — double-click to sign in:</source>
        <translation>Comptes de démonstration (mot de passe {password}) — double-cliquez pour vous connecter&#xa0;:</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Comptes de démonstration</translation>
    </message>
    <message>
        <source>super admin: everything</source>
        <translation>super-administrateur&#xa0;: tout</translation>
    </message>
    <message>
        <source>platform admin: own platforms</source>
        <translation>administrateur de plateforme&#xa0;: ses propres plateformes</translation>
    </message>
    <message>
        <source>support: merchants, payments</source>
        <translation>support&#xa0;: marchands, paiements</translation>
    </message>
    <message>
        <source>operator: health, read-only modules</source>
        <translation>opérateur&#xa0;: état, modules en lecture seule</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Platform Console was not used for {minutes} minutes, so it hid its pages to keep them from other eyes.</source>
        <translation>Platform Console n&apos;a pas été utilisée pendant {minutes} minutes&#xa0;: elle a masqué ses pages pour les protéger des regards indiscrets.</translation>
    </message>
    <message>
        <source>Platform Console is locked: its pages are hidden.</source>
        <translation>Platform Console est verrouillée&#xa0;: ses pages sont masquées.</translation>
    </message>
    <message>
        <source>To carry on where you left off, enter the password of {user}. Anything you had not saved is still there.</source>
        <translation>Pour reprendre là où vous en étiez, saisissez le mot de passe de {user}. Tout ce que vous n&apos;aviez pas enregistré est toujours là.</translation>
    </message>
    <message>
        <source>Enter a user name and a password.</source>
        <translation>Saisissez un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Ask an administrator to unlock it, or try again after {time}.</source>
        <translation>Ce compte est verrouillé après trop de mots de passe erronés. Demandez à un administrateur de le déverrouiller, ou réessayez après {time}.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Ask an administrator to unlock it.</source>
        <translation>Ce compte est verrouillé après trop de mots de passe erronés. Demandez à un administrateur de le déverrouiller.</translation>
    </message>
</context>
<context>
    <name>StaleStrip</name>
    <message numerus="yes">
        <source>Stale data: %Ln target(s) without a fresh sample, since {when}</source>
        <translation>
            <numerusform>Données périmées&#xa0;: %Ln cible sans mesure récente, depuis {when}</numerusform>
            <numerusform>Données périmées&#xa0;: %Ln cibles sans mesure récente, depuis {when}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Platform Console</source>
        <translation>Platform Console</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>healthy</source>
        <translation>opérationnel</translation>
    </message>
    <message>
        <source>All checks pass.</source>
        <translation>Tous les contrôles réussissent.</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>Working, with at least one check reporting a problem.</source>
        <translation>Fonctionne, mais au moins un contrôle signale un problème.</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>défaillant</translation>
    </message>
    <message>
        <source>At least one check fails.</source>
        <translation>Au moins un contrôle échoue.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>Le contrôle n&apos;a pas pu s&apos;exécuter.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>The module is enabled on this platform.</source>
        <translation>Le module est activé sur cette plateforme.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>The module is disabled on this platform.</source>
        <translation>Le module est désactivé sur cette plateforme.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>The change was refused; nothing was written.</source>
        <translation>La modification a été refusée&#x202f;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>Locked after too many failed sign-ins, or by an administrator.</source>
        <translation>Verrouillé après trop de connexions échouées, ou par un administrateur.</translation>
    </message>
</context>
<context>
    <name>StatusHeader</name>
    <message>
        <source>Loading the migration status…</source>
        <translation>Chargement du statut des migrations…</translation>
    </message>
    <message>
        <source>Restore the backup…</source>
        <translation>Restaurer la sauvegarde…</translation>
    </message>
</context>
<context>
    <name>StatusMixin</name>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>super admin</source>
        <translation>super-administrateur</translation>
    </message>
    <message>
        <source>platform admin</source>
        <translation>administrateur de plateforme</translation>
    </message>
    <message>
        <source>support</source>
        <translation>support</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <source>{user} ({role})</source>
        <translation>{user} ({role})</translation>
    </message>
    <message>
        <source>connected · live updates</source>
        <translation>connecté · mises à jour en direct</translation>
    </message>
    <message>
        <source>connection lost: {reason}</source>
        <translation>connexion perdue&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>{n} of about {total} rows written…</source>
        <translation>{n} lignes écrites sur environ {total}…</translation>
    </message>
    <message>
        <source>{n} rows written…</source>
        <translation>{n} lignes écrites…</translation>
    </message>
    <message>
        <source>Export failed: no file was written.</source>
        <translation>Échec de l&apos;export&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>1 row exported to {path}</source>
        <translation>1 ligne exportée vers {path}</translation>
    </message>
    <message>
        <source>{n} rows exported to {path}</source>
        <translation>{n} lignes exportées vers {path}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the rows of this list, all pages of the current filter, as CSV</source>
        <translation>Exporter en CSV les lignes de cette liste, toutes les pages du filtre actuel</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Ctrl+C copies the selected rows; Ctrl+E exports the list as CSV</source>
        <translation>Ctrl+C copie les lignes sélectionnées&#x202f;; Ctrl+E exporte la liste en CSV</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags of {platform}</source>
        <translation>Étiquettes de {platform}</translation>
    </message>
    <message>
        <source>Tags group platforms, so that a change can aim at them (canary, country:lu). Lower-case letters, digits and dashes, at most one colon, up to 64 characters; separate tags with spaces.</source>
        <translation>Les étiquettes regroupent des plateformes, pour qu’une modification puisse les viser (canary, country:lu). Lettres minuscules, chiffres et tirets, au plus un deux-points, 64 caractères au plus&#xa0;; séparez les étiquettes par des espaces.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>canary country:lu</source>
        <translation>canary country:lu</translation>
    </message>
    <message>
        <source>Tags in use: double-click one to add it</source>
        <translation>Étiquettes utilisées&#xa0;: double-cliquez sur l’une d’elles pour l’ajouter</translation>
    </message>
    <message>
        <source>Tags in use elsewhere (double-click to add):</source>
        <translation>Étiquettes utilisées ailleurs (double-cliquez pour ajouter)&#xa0;:</translation>
    </message>
    <message>
        <source>adds {tags}</source>
        <translation>ajoute {tags}</translation>
    </message>
    <message>
        <source>removes {tags}</source>
        <translation>retire {tags}</translation>
    </message>
    <message>
        <source>No change yet.</source>
        <translation>Aucune modification pour l’instant.</translation>
    </message>
</context>
<context>
    <name>TargetChooser</name>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Mise à niveau</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Rétrogradation</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Target revision</source>
        <translation>Révision cible</translation>
    </message>
    <message>
        <source>Choose what to migrate to, or type a revision</source>
        <translation>Choisissez la cible de la migration, ou saisissez une révision</translation>
    </message>
    <message>
        <source>%v of %m revisions</source>
        <translation>%v sur %m révisions</translation>
    </message>
    <message numerus="yes">
        <source>%v of %Ln revision(s)</source>
        <translation>
            <numerusform>%v sur %Ln révision</numerusform>
            <numerusform>%v sur %Ln révisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the current revision…</source>
        <translation>Annulation après la révision en cours…</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Platform endpoint</source>
        <translation>Point de terminaison de plateforme</translation>
    </message>
    <message>
        <source>Prometheus server</source>
        <translation>Serveur Prometheus</translation>
    </message>
    <message>
        <source>Local checks</source>
        <translation>Contrôles locaux</translation>
    </message>
    <message>
        <source>Add: {what}</source>
        <translation>Ajouter&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Edit: {what}</source>
        <translation>Modifier&#xa0;: {what}</translation>
    </message>
    <message>
        <source>none (kept in the OS keyring when set)</source>
        <translation>aucun (conservé dans le trousseau de clés du système une fois défini)</translation>
    </message>
    <message>
        <source>The endpoint&apos;s PLATFORM_HEALTH_TOKEN: it shows /health&apos;s details and /metrics.</source>
        <translation>Le PLATFORM_HEALTH_TOKEN du point de terminaison&#xa0;: il donne accès aux détails de /health et à /metrics.</translation>
    </message>
    <message>
        <source>Verify the TLS certificate</source>
        <translation>Vérifier le certificat TLS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Instances (PromQL)</source>
        <translation>Instances (PromQL)</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <source>Health token</source>
        <translation>Jeton d&apos;état</translation>
    </message>
    <message>
        <source>Degraded above</source>
        <translation>Dégradé au-delà de</translation>
    </message>
    <message>
        <source>Unhealthy above</source>
        <translation>Défaillant au-delà de</translation>
    </message>
    <message>
        <source>Failed polls before unhealthy</source>
        <translation>Échecs d&apos;interrogation avant défaillance</translation>
    </message>
</context>
<context>
    <name>TargetPlatforms</name>
    <message>
        <source>&lt;b&gt;Target platforms&lt;/b&gt; of Enable / Disable</source>
        <translation>&lt;b&gt;Plateformes cibles&lt;/b&gt; pour Activer / Désactiver</translation>
    </message>
    <message>
        <source>canary country:lu</source>
        <translation>canary country:lu</translation>
    </message>
    <message>
        <source>Also the platforms with any of these tags</source>
        <translation>Aussi les plateformes portant l’une de ces étiquettes</translation>
    </message>
    <message>
        <source>Also the platforms with any of these tags (separated by spaces), besides those checked</source>
        <translation>Aussi les plateformes portant l’une de ces étiquettes (séparées par des espaces), en plus de celles cochées</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Leave out the platforms with any of these tags</source>
        <translation>Exclure les plateformes portant l’une de ces étiquettes</translation>
    </message>
    <message>
        <source>Leave out the platforms with any of these tags, even if checked</source>
        <translation>Exclure les plateformes portant l’une de ces étiquettes, même cochées</translation>
    </message>
    <message>
        <source>With tags</source>
        <translation>Avec étiquettes</translation>
    </message>
    <message>
        <source>Except tags</source>
        <translation>Sauf étiquettes</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message numerus="yes">
        <source>%n check(s) healthy</source>
        <translation>
            <numerusform>%n contrôle opérationnel</numerusform>
            <numerusform>%n contrôles opérationnels</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Last sample</source>
        <translation>Dernière mesure</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>local checks</source>
        <translation>contrôles locaux</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>point de terminaison</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>instance</translation>
    </message>
    <message>
        <source>stale since {when}</source>
        <translation>périmé depuis {when}</translation>
    </message>
</context>
<context>
    <name>TargetsPane</name>
    <message>
        <source>Add endpoint…</source>
        <translation>Ajouter un point de terminaison…</translation>
    </message>
    <message>
        <source>Add Prometheus…</source>
        <translation>Ajouter Prometheus…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Health targets</source>
        <translation>Cibles surveillées</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>stale since {when}</source>
        <translation>périmé depuis {when}</translation>
    </message>
    <message>
        <source>Every target is healthy.</source>
        <translation>Toutes les cibles sont opérationnelles.</translation>
    </message>
</context>
<context>
    <name>TenancyModel</name>
    <message>
        <source>active</source>
        <comment>store</comment>
        <translation>actif</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>store</comment>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>active</source>
        <comment>merchant</comment>
        <translation>actif</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>merchant</comment>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Boutiques</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Time window</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Contrôler maintenant</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>UnreachableDialog</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot open {profile}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Impossible d&apos;ouvrir {profile}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Offline mode works without the database: the health history kept on this computer and the local checks, read-only.</source>
        <translation>Le mode hors ligne fonctionne sans la base de données&#xa0;: l&apos;historique d&apos;état conservé sur cet ordinateur et les contrôles locaux, en lecture seule.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Modifier le profil…</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Mode hors ligne</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Super-administrateur</translation>
    </message>
    <message>
        <source>Platform admin</source>
        <translation>Administrateur de plateforme</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>verrouillé jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>New user…</source>
        <translation>Nouvel utilisateur…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Changer le rôle…</translation>
    </message>
    <message>
        <source>Assign platforms…</source>
        <translation>Attribuer des plateformes…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Filtrer les utilisateurs</translation>
    </message>
    <message>
        <source>Filter users (Ctrl+F)</source>
        <translation>Filtrer les utilisateurs (Ctrl+F)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected rows; Ctrl+E exports the list as CSV</source>
        <translation>Ctrl+C copie les lignes sélectionnées&#x202f;; Ctrl+E exporte la liste en CSV</translation>
    </message>
    <message>
        <source>Change the role of the selected user</source>
        <translation>Changer le rôle de l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>{user} enabled</source>
        <translation>{user} activé</translation>
    </message>
    <message>
        <source>{user} disabled</source>
        <translation>{user} désactivé</translation>
    </message>
    <message>
        <source>{user} unlocked</source>
        <translation>{user} déverrouillé</translation>
    </message>
    <message>
        <source>User {user} created, role: {role}</source>
        <translation>Utilisateur {user} créé, rôle&#xa0;: {role}</translation>
    </message>
    <message>
        <source>{user}: role changed to {role}</source>
        <translation>{user}&#xa0;: rôle changé en {role}</translation>
    </message>
    <message>
        <source>{user}: platforms assigned</source>
        <translation>{user}&#xa0;: plateformes attribuées</translation>
    </message>
    <message>
        <source>{user}: password reset</source>
        <translation>{user}&#xa0;: mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>New admin user</source>
        <translation>Nouvel utilisateur administrateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>au moins {n} caractères</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>Own platforms</source>
        <translation>Plateformes attribuées</translation>
    </message>
    <message>
        <source>platform codes, for platform admins</source>
        <translation>codes de plateforme, pour les administrateurs de plateforme</translation>
    </message>
    <message>
        <source>Change the role of {user}</source>
        <translation>Changer le rôle de {user}</translation>
    </message>
    <message>
        <source>Name at least one platform.</source>
        <translation>Indiquez au moins une plateforme.</translation>
    </message>
    <message>
        <source>Platforms of {user}</source>
        <translation>Plateformes de {user}</translation>
    </message>
    <message>
        <source>A platform admin may toggle and configure modules, and read the audit, on their own platforms only.</source>
        <translation>Un administrateur de plateforme peut activer, désactiver et configurer les modules, et consulter le journal d&apos;audit, sur ses propres plateformes uniquement.</translation>
    </message>
    <message>
        <source>Platform codes</source>
        <translation>Codes de plateforme</translation>
    </message>
    <message>
        <source>demo-00001 demo-00002 …</source>
        <translation>demo-00001 demo-00002 …</translation>
    </message>
    <message>
        <source>Replace the current list (else add to it)</source>
        <translation>Remplacer la liste actuelle (sinon, y ajouter)</translation>
    </message>
    <message>
        <source>Reset the password of {user}</source>
        <translation>Réinitialiser le mot de passe de {user}</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
</context>
<context>
    <name>WaveSegment</name>
    <message>
        <source>Wave {wave} · {state}</source>
        <translation>Vague {wave} · {state}</translation>
    </message>
    <message>
        <source>Wave {wave}: {state}, {platforms}</source>
        <translation>Vague {wave}&#xa0;: {state}, {platforms}</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <source>Offline mode: the local checks and the history kept on this computer, read-only. Remote targets are not polled.</source>
        <translation>Mode hors ligne&#xa0;: les contrôles locaux et l&apos;historique conservé sur cet ordinateur, en lecture seule. Les cibles distantes ne sont pas interrogées.</translation>
    </message>
</context>
<context>
    <name>modules</name>
    <message>
        <source>Retention (days)</source>
        <translation>Durée de conservation (jours)</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Sales and traffic reports per platform and store, kept for a configurable retention period.</source>
        <translation>Rapports de ventes et de fréquentation par plateforme et par boutique, conservés pendant une durée configurable.</translation>
    </message>
    <message>
        <source>Invoice number prefix</source>
        <translation>Préfixe des numéros de facture</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Délai de paiement (jours)</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Subscriptions of merchants to platform plans, and the invoices issued for them.</source>
        <translation>Abonnements des marchands aux formules de la plateforme, et les factures émises à ce titre.</translation>
    </message>
    <message>
        <source>Default locale</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Content pages per platform (legal notices, help, landing pages) in a default locale.</source>
        <translation>Pages de contenu par plateforme (mentions légales, aide, pages d&apos;accueil) dans une langue par défaut.</translation>
    </message>
    <message>
        <source>View modules</source>
        <translation>Voir les modules</translation>
    </message>
    <message>
        <source>See modules, tiers, the dependency graph and settings.</source>
        <translation>Voir les modules, les catégories, le graphe des dépendances et les paramètres.</translation>
    </message>
    <message>
        <source>Toggle modules</source>
        <translation>Activer et désactiver des modules</translation>
    </message>
    <message>
        <source>Enable and disable optional modules per platform.</source>
        <translation>Activer et désactiver les modules optionnels par plateforme.</translation>
    </message>
    <message>
        <source>Configure modules</source>
        <translation>Configurer les modules</translation>
    </message>
    <message>
        <source>Change the settings of optional modules.</source>
        <translation>Modifier les paramètres des modules optionnels.</translation>
    </message>
    <message>
        <source>Internal modules</source>
        <translation>Modules internes</translation>
    </message>
    <message>
        <source>See and toggle modules of the internal tier.</source>
        <translation>Voir, activer et désactiver les modules de la catégorie interne.</translation>
    </message>
    <message>
        <source>Roll out modules</source>
        <translation>Déployer des modules</translation>
    </message>
    <message>
        <source>Create, start and approve rollouts of a module change across platforms in waves.</source>
        <translation>Créer, lancer et approuver les déploiements d&apos;une modification de modules sur les plateformes, par vagues.</translation>
    </message>
    <message>
        <source>Tag platforms</source>
        <translation>Étiqueter les plateformes</translation>
    </message>
    <message>
        <source>Add and remove the tags that group platforms.</source>
        <translation>Ajouter et retirer les étiquettes qui regroupent les plateformes.</translation>
    </message>
    <message>
        <source>View migrations</source>
        <translation>Voir les migrations</translation>
    </message>
    <message>
        <source>See migration status, plans and SQL previews.</source>
        <translation>Voir le statut des migrations, les plans et les aperçus SQL.</translation>
    </message>
    <message>
        <source>Run migrations</source>
        <translation>Exécuter les migrations</translation>
    </message>
    <message>
        <source>Upgrade and downgrade the database schema.</source>
        <translation>Mettre à niveau et rétrograder le schéma de la base de données.</translation>
    </message>
    <message>
        <source>View health</source>
        <translation>Voir l&apos;état</translation>
    </message>
    <message>
        <source>See health checks, metrics and their history.</source>
        <translation>Voir les contrôles d&apos;état, les métriques et leur historique.</translation>
    </message>
    <message>
        <source>Run health checks</source>
        <translation>Exécuter les contrôles d&apos;état</translation>
    </message>
    <message>
        <source>Run health checks on demand.</source>
        <translation>Exécuter les contrôles d&apos;état à la demande.</translation>
    </message>
    <message>
        <source>View audit log</source>
        <translation>Voir le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Read the audit trail.</source>
        <translation>Consulter le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Manage admin users</source>
        <translation>Gérer les utilisateurs administrateurs</translation>
    </message>
    <message>
        <source>Create, change, lock and remove admin users.</source>
        <translation>Créer, modifier, verrouiller et supprimer des utilisateurs administrateurs.</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Socle</translation>
    </message>
    <message>
        <source>The framework every platform runs: module registry, per-platform module settings, admin users and roles, audit trail, database migrations and health checks.</source>
        <translation>Le socle sur lequel tourne chaque plateforme&#xa0;: registre des modules, paramètres des modules par plateforme, utilisateurs administrateurs et rôles, journal d&apos;audit, migrations de la base de données et contrôles d&apos;état.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Customer accounts of a platform, optionally attached to a merchant, with contact details.</source>
        <translation>Comptes clients d&apos;une plateforme, éventuellement rattachés à un marchand, avec leurs coordonnées.</translation>
    </message>
    <message>
        <source>See customers&apos; personal data</source>
        <translation>Voir les données personnelles des clients</translation>
    </message>
    <message>
        <source>See customers&apos; e-mail, phone and address unmasked.</source>
        <translation>Voir en clair l&apos;e-mail, le téléphone et l&apos;adresse des clients.</translation>
    </message>
    <message>
        <source>Reveal one customer&apos;s personal data</source>
        <translation>Afficher les données personnelles d&apos;un client</translation>
    </message>
    <message>
        <source>Unmask one customer&apos;s e-mail, phone and address at a time; each reveal is audited.</source>
        <translation>Afficher en clair l&apos;e-mail, le téléphone et l&apos;adresse d&apos;un seul client à la fois&#x202f;; chaque affichage est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>Outils de développement</translation>
    </message>
    <message>
        <source>Feature flags and diagnostics for the platform&apos;s own staff; never shown to merchants.</source>
        <translation>Indicateurs de fonctionnalités et diagnostics réservés au personnel de la plateforme&#x202f;; jamais montrés aux marchands.</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>Seuil de stock bas</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stocks</translation>
    </message>
    <message>
        <source>Stock per store and SKU, with a threshold below which stock is reported as low.</source>
        <translation>Stock par boutique et par référence (SKU), avec un seuil en dessous duquel le stock est signalé comme bas.</translation>
    </message>
    <message>
        <source>Letzshop endpoint</source>
        <translation>Point d&apos;accès Letzshop</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Letzshop API key of the platform</source>
        <translation>Clé d&apos;API Letzshop de la plateforme</translation>
    </message>
    <message>
        <source>Sync interval (minutes)</source>
        <translation>Intervalle de synchronisation (minutes)</translation>
    </message>
    <message>
        <source>Marketplace (Letzshop)</source>
        <translation>Place de marché (Letzshop)</translation>
    </message>
    <message>
        <source>Letzshop integration: publishes the stores&apos; stock to the Letzshop marketplace and imports its orders on a schedule.</source>
        <translation>Intégration Letzshop&#xa0;: publie le stock des boutiques sur la place de marché Letzshop et en importe les commandes à intervalles réguliers.</translation>
    </message>
    <message>
        <source>Sender e-mail address</source>
        <translation>Adresse e-mail de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Transactional e-mail and notifications to merchants and customers (orders, invoices).</source>
        <translation>E-mails transactionnels et notifications aux marchands et aux clients (commandes, factures).</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Health checks and Prometheus metrics of the platform&apos;s processes, served on /health and /metrics.</source>
        <translation>Contrôles d&apos;état et métriques Prometheus des processus de la plateforme, servis sur /health et /metrics.</translation>
    </message>
    <message>
        <source>Order number prefix</source>
        <translation>Préfixe des numéros de commande</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Orders of a store&apos;s customers, with their lines and the payment that settles them.</source>
        <translation>Commandes des clients d&apos;une boutique, avec leurs lignes et le paiement qui les règle.</translation>
    </message>
    <message>
        <source>Enabled gateways</source>
        <translation>Prestataires de paiement activés</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Devise par défaut</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Payments through Stripe, PayPal or a manual gateway, with refunds that are idempotent and, above the support limit, approved by a platform admin.</source>
        <translation>Paiements via Stripe, PayPal ou le prestataire manuel, avec des remboursements idempotents et, au-delà du plafond du support, approuvés par un administrateur de plateforme.</translation>
    </message>
    <message>
        <source>View payments</source>
        <translation>Voir les paiements</translation>
    </message>
    <message>
        <source>Read payments and refunds.</source>
        <translation>Consulter les paiements et les remboursements.</translation>
    </message>
    <message>
        <source>Refund payments</source>
        <translation>Rembourser des paiements</translation>
    </message>
    <message>
        <source>Request refunds; support staff up to the support limit.</source>
        <translation>Demander des remboursements&#x202f;; pour le support, jusqu&apos;au plafond du support.</translation>
    </message>
    <message>
        <source>Approve refunds</source>
        <translation>Approuver des remboursements</translation>
    </message>
    <message>
        <source>Approve or reject refunds awaiting approval.</source>
        <translation>Approuver ou rejeter les remboursements en attente d&apos;approbation.</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Merchants and their stores: the tenants of a platform, with their domains, contact details and suspension.</source>
        <translation>Les marchands et leurs boutiques&#xa0;: les locataires d&apos;une plateforme, avec leurs domaines, leurs coordonnées et leur suspension.</translation>
    </message>
    <message>
        <source>View merchants and stores</source>
        <translation>Voir les marchands et les boutiques</translation>
    </message>
    <message>
        <source>Search merchants and stores and read their details.</source>
        <translation>Rechercher des marchands et des boutiques et consulter leurs détails.</translation>
    </message>
    <message>
        <source>Suspend merchants and stores</source>
        <translation>Suspendre des marchands et des boutiques</translation>
    </message>
    <message>
        <source>Suspend and reinstate merchants and stores, with a reason.</source>
        <translation>Suspendre et réactiver des marchands et des boutiques, avec un motif.</translation>
    </message>
</context>
</TS>
